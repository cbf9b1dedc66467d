package dev.kei.schema.intake;

import dev.kei.schema.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How an association verb's row becomes claims when its verb phrase ends: one row per object, named after the verb's
 * template ("members borrow copies" makes loans), unless the object is money ("pay rent" makes rent_payments) or
 * already a record ("visitors buy tickets": the tickets are the rows).
 */
final class VerbRows {
    private final Lexicon lexicon;
    private final Findings findings;

    VerbRows(Lexicon lexicon, Findings findings) {
        this.lexicon = lexicon;
        this.findings = findings;
    }

    /** Claims the rows of a verb phrase that has ended. */
    void close(OpenAssociation a) {
        Entity template = a.verb.verb().association().orElseThrow();
        List<Mention> agents = a.subjects;
        List<Mention> rows = new ArrayList<>();
        for (Mention o : a.objects) {
            Optional<NounEntry> entry = lexicon.nounOrHead(o.name());
            boolean record = entry.map(n -> n.is(NounEntry.RECORD)).orElse(false)
                    || Words.head(o.name()).equals(Words.head(template.name()));
            if (entry.map(n -> n.is(NounEntry.MONEY)).orElse(false)) {
                findings.unname(o.name()); // "pay rent": rent is what is paid, the rows are rent_payments
                emit(
                        renamed(template, Words.singular(o.name()) + "_" + Words.head(template.name())),
                        agents,
                        a.refs,
                        o);
            } else if (record) {
                // "visitors buy tickets to exhibitions": the tickets are the rows
                String words = findings.words(agents.isEmpty() ? o : agents.get(0), last(a, o));
                agents.forEach(s -> findings.claim(new Claim.Parent(s.name(), o.name(), words)));
                a.refs.forEach(r -> findings.claim(new Claim.Parent(r.name(), o.name(), words)));
            } else {
                rows.add(o);
            }
        }
        if (rows.isEmpty() && a.objects.isEmpty()) {
            // "react to messages", "sessions that are paid": the row links the subject and the preposition's object
            Mention source = a.verb.passive() ? first(a.refs, agents) : first(a.refs, List.of());
            emit(named(template, source), agents, a.refs, null);
        } else if (rows.size() == 1) {
            emit(named(template, a.verb.passive() ? first(a.refs, rows) : rows.get(0)), agents, a.refs, rows.get(0));
        } else {
            for (Mention o : rows) {
                String name = template.name().startsWith(VerbEntry.OBJECT)
                        ? named(template, o).name()
                        : Words.singular(o.name()) + "_" + template.name();
                emit(renamed(template, name), agents, a.refs, o);
            }
        }
    }

    private void emit(Entity entity, List<Mention> agents, List<Mention> refs, Mention object) {

        List<String> referenced = new ArrayList<>();
        List<Mention> all = new ArrayList<>(agents);
        if (object != null) {
            all.add(object);
        }
        all.addAll(refs);
        for (Mention m : all) {
            if (!referenced.contains(m.name()) && !m.name().equals(entity.name())) {
                referenced.add(m.name());
            }
        }
        if (referenced.isEmpty()) {
            return;
        }
        Mention from = all.get(0);
        Mention to = all.get(all.size() - 1);
        findings.nameMadeByVerb(entity.name());
        findings.claim(new Claim.Association(entity, referenced, findings.words(from, to)));
    }

    private static Entity named(Entity template, Mention source) {
        if (!template.name().startsWith(VerbEntry.OBJECT)) {
            return template;
        }
        String rest = template.name().substring(VerbEntry.OBJECT.length());
        return renamed(template, source == null ? rest : Words.singular(source.name()) + "_" + rest);
    }

    private static Entity renamed(Entity template, String name) {
        try {
            return new Entity(name, template.fields());
        } catch (IllegalArgumentException e) {
            return template;
        }
    }

    private static Mention first(List<Mention> preferred, List<Mention> otherwise) {
        return !preferred.isEmpty() ? preferred.get(0) : otherwise.isEmpty() ? null : otherwise.get(0);
    }

    private static Mention last(OpenAssociation a, Mention fallback) {
        return a.refs.isEmpty() ? fallback : a.refs.get(a.refs.size() - 1);
    }
}
