package dev.kei.install;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The relative markdown links of a text ({@code [text](target)}), found and rewritten. */
final class LinkRewriter {
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\(([^)\\s]+)\\)");

    private LinkRewriter() {}

    /**
     * {@code text} with each relative link's file part replaced by {@code rewrite}'s answer (its {@code #anchor}
     * kept); links with a scheme, absolute ones and bare anchors stay as they are.
     */
    static String rewrite(String text, UnaryOperator<String> rewrite) {
        Matcher m = LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String target = m.group(2);
            String replaced = target;
            if (isRelativeFile(target)) {
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                replaced = rewrite.apply(file) + (hash < 0 ? "" : target.substring(hash));
            }
            m.appendReplacement(out, Matcher.quoteReplacement("[" + m.group(1) + "](" + replaced + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Every relative file a text links to, in order (what {@link #rewrite} would hand its function). */
    static java.util.List<String> targets(String text) {
        java.util.List<String> files = new java.util.ArrayList<>();
        rewrite(text, file -> {
            files.add(file);
            return file;
        });
        return files;
    }

    private static boolean isRelativeFile(String target) {
        return !target.startsWith("#") && !target.startsWith("/") && !target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    }
}
