package dev.kei.transport;

import dev.kei.ask.Option;
import dev.kei.ask.Payload;
import dev.kei.ask.Question;
import java.util.Optional;

/** The first difference between a recorded payload and the one asked, in words. */
final class PayloadDiff {
    private PayloadDiff() {}

    static Optional<String> describe(Payload recorded, Payload asked) {
        if (recorded.questions().size() != asked.questions().size()) {
            return Optional.of("the transcript has " + recorded.questions().size() + " questions, the skill asks "
                    + asked.questions().size());
        }
        for (int i = 0; i < asked.questions().size(); i++) {
            Question r = recorded.questions().get(i);
            Question a = asked.questions().get(i);
            String q = "question " + (i + 1);
            if (!r.question().equals(a.question())) {
                return Optional.of(
                        q + " text: transcript '" + clip(r.question()) + "', skill '" + clip(a.question()) + "'");
            }
            if (!r.header().equals(a.header()) || r.multiSelect() != a.multiSelect()) {
                return Optional.of(q + " header or multiSelect: transcript '" + r.header() + "'/" + r.multiSelect()
                        + ", skill '" + a.header() + "'/" + a.multiSelect());
            }
            if (r.options().size() != a.options().size()) {
                return Optional.of(q + " has " + r.options().size() + " options in the transcript, "
                        + a.options().size() + " in the skill");
            }
            for (int j = 0; j < a.options().size(); j++) {
                Option ro = r.options().get(j);
                Option ao = a.options().get(j);
                if (!ro.equals(ao)) {
                    return Optional.of(q + " option " + (j + 1) + ": transcript '" + clip(ro.label()) + "' ("
                            + clip(ro.description()) + "), skill '" + clip(ao.label()) + "' (" + clip(ao.description())
                            + ")");
                }
            }
        }
        return Optional.empty();
    }

    private static String clip(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "..." : s;
    }
}
