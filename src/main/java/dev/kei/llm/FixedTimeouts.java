package dev.kei.llm;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import java.time.Duration;

/**
 * The JDK HTTP client with kei's connect and read timeouts. LangChain4j's OpenAI model has one {@code timeout} for
 * both and sets it on the builder it is given; this builder keeps its own two instead.
 */
final class FixedTimeouts implements HttpClientBuilder {
    private final Duration connect;
    private final Duration read;

    FixedTimeouts(Duration connect, Duration read) {
        this.connect = connect;
        this.read = read;
    }

    @Override
    public Duration connectTimeout() {
        return connect;
    }

    @Override
    public HttpClientBuilder connectTimeout(Duration ignored) {
        return this;
    }

    @Override
    public Duration readTimeout() {
        return read;
    }

    @Override
    public HttpClientBuilder readTimeout(Duration ignored) {
        return this;
    }

    @Override
    public HttpClient build() {
        return JdkHttpClient.builder().connectTimeout(connect).readTimeout(read).build();
    }
}
