package dev.kei.schema.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an intake clause by clause into a {@link Reading}. It knows a handful of English shapes:
 *
 * <ul>
 *   <li>a list of things: "with dentists, patients and x-rays";
 *   <li>subject, verb, objects: "members borrow copies", "customers place orders" (the verb's link says what follows);
 *   <li>a preposition between two things: "copies of books", "posts in categories", "tasting notes per wine";
 *   <li>a verb with a preposition: "residents live in units", "bottles stored in racks", "react to messages";
 *   <li>possession: "pets, their owners", "a member's loans";
 *   <li>a relative clause: "exhibitions that show artworks", "sessions that are paid";
 *   <li>what describes the application: "a parking garage: ...", "a blog where ...", "an app tracking ...".
 * </ul>
 *
 * A comma or "and" continues what came before: more objects, or another verb phrase of the same subject
 * ("users join channels, send messages in channels, and react to messages").
 *
 * <p>This class is the clause state machine: it walks the {@link Chunker}'s phrases and decides what each one
 * attaches to. What an attachment claims is the rules' beside it: {@link VerbObjectRule} and {@link VerbRows} for a
 * verb's objects, {@link PrepositionRule} for a preposition, {@link Pronouns} and {@link AppDescription} for what a
 * pronoun or the opening words stand for. All of them add to one {@link Findings}.
 */
final class SentenceReader {
    /** After "park in spots", these still tell of the parking; "at events" after "for shifts" tells of the shifts. */
    private static final Set<String> STILL_THE_VERB = Set.of("during", "for", "with", "by", "using", "via", "through");

    private final Lexicon lexicon;
    private final List<Object> elements;

    private final Findings findings;
    private final VerbRows verbRows;
    private final VerbObjectRule verbObjects;
    private final PrepositionRule prepositions;
    private final Pronouns pronouns = new Pronouns();
    private final AppDescription description;

    /** What the next phrase after a comma or "and" continues. */
    private enum Role {
        NONE,
        SUBJECT,
        OBJECT,
        PREPOSITION_OBJECT,
        DESCRIPTION
    }

    private Role role = Role.NONE;
    private List<Mention> subject = new ArrayList<>();
    private List<Mention> clauseHead = new ArrayList<>();
    private List<Mention> last = new ArrayList<>();
    private List<Mention> objects = new ArrayList<>();
    private boolean appSubject;
    private Tagged verb;
    private OpenAssociation association;
    private String preposition;
    /** The preposition before this one: "from" lets a "to" tell of the same thing. */
    private String lastPreposition;

    private Target target;
    private List<Mention> prepositionHead = List.of();
    private List<Mention> owner;
    private boolean descriptive;
    private List<Mention> antecedent;
    /** The clause a reduced relative interrupted ("tracking fields, crops planted per season, harvests"). */
    private Outer outer;

    private record Outer(Tagged verb, List<Mention> subject, boolean appSubject, List<Mention> objects) {}

    private enum Target {
        VERB,
        ASSOCIATION,
        PHRASE,
        DESCRIPTION
    }

    private SentenceReader(Lexicon lexicon, String intake, List<Object> elements) {
        this.lexicon = lexicon;
        this.findings = new Findings(lexicon, intake);
        this.verbRows = new VerbRows(lexicon, findings);
        this.verbObjects = new VerbObjectRule(findings);
        this.prepositions = new PrepositionRule(lexicon, findings);
        this.description = new AppDescription(lexicon);
        this.elements = elements;
    }

    static Reading read(Lexicon lexicon, String intake) {
        List<Tagged> tagged = new Tagger(lexicon).tag(Tokenizer.tokens(intake));
        SentenceReader reader = new SentenceReader(lexicon, intake, Chunker.chunk(tagged));
        reader.run(AppDescription.colonEarly(tagged));
        return reader.findings.reading(reader.description.descriptor());
    }

    private void run(boolean descriptionFirst) {
        descriptive = true;
        boolean beforeColon = descriptionFirst;
        for (int i = 0; i < elements.size(); i++) {
            Object element = elements.get(i);
            Object next = i + 1 < elements.size() ? elements.get(i + 1) : null;
            Object previous = i > 0 ? elements.get(i - 1) : null;
            if (element instanceof Phrase phrase) {
                if (beforeColon) {
                    description.describe(phrase);
                } else {
                    phrase(phrase, previous, next);
                }
                continue;
            }
            Tagged t = (Tagged) element;
            switch (t.tag()) {
                case COLON -> {
                    beforeColon = false;
                    descriptive = false;
                    endSentence();
                }
                case STOP -> {
                    beforeColon = false;
                    descriptive = false;
                    endSentence();
                }
                case VERB -> verb(t, previous);
                case PREPOSITION -> preposition(t.word(), previous);
                case RELATIVE -> {
                    flushAssociation();
                    if (t.word().equals("where")
                            || t.word().equals("when")
                            || t.word().equals("while")) {
                        descriptive = false;
                        role = Role.NONE;
                        verb = null;
                        subject = new ArrayList<>();
                        antecedent = null;
                    } else {
                        antecedent = last.isEmpty() ? null : List.copyOf(last);
                    }
                    preposition = null;
                }
                case POSSESSIVE -> owner = last.isEmpty() ? null : List.copyOf(last);
                case OWNS -> owner = last.isEmpty() ? null : List.copyOf(last);
                case PRONOUN -> pronoun(t.word(), next);
                case CONJUNCTION, COMMA -> {
                    if (role == Role.DESCRIPTION && !(next instanceof Tagged)) {
                        descriptive = false; // "a dental practice with dentists, patients": the list goes on
                    }
                    boolean nextVerb = next instanceof Tagged v && v.tag() == Tag.VERB && !v.passive();
                    if ((t.tag() == Tag.COMMA || nextVerb) && outer != null && verb != null && verb.passive()) {
                        resumeOuter();
                    }
                }
                default -> {}
            }
        }
        endSentence();
    }

    private void phrase(Phrase phrase, Object previous, Object next) {
        if (phrase.nouns().isEmpty() || phrase.attribute()) {
            preposition = null;
            return;
        }
        boolean first = findings.nothingNamed() && description.descriptor() == null && verb == null;
        if (phrase.generic() || first && describes(next)) {
            description.describe(phrase);
            role = Role.DESCRIPTION;
            last = new ArrayList<>();
            target = Target.DESCRIPTION;
            preposition = null;
            return;
        }
        if (preposition != null && target == Target.DESCRIPTION) {
            // "an app for a hair salon": part of the description; "a SaaS for invoices": a thing it stores
            boolean listed = PrepositionRule.OWNER_FIRST.contains(preposition)
                    || !phrase.singular() && Words.looksPlural(phrase.head());
            preposition = null;
            if (!listed) {
                description.describe(phrase);
                return;
            }
            if (!(next instanceof Tagged n && (n.tag() == Tag.VERB || n.tag() == Tag.AUXILIARY))) {
                // "a SaaS for invoices with workspaces": what the application holds, listed; no relation
                findings.mention(phrase).ifPresent(m -> last = new ArrayList<>(List.of(m)));
                role = Role.DESCRIPTION;
                return;
            }
        }
        boolean listing = previous instanceof Tagged p && (p.tag() == Tag.COMMA || p.tag() == Tag.CONJUNCTION);
        boolean afterComma = previous instanceof Tagged c && c.tag() == Tag.COMMA;
        boolean beforeVerb = next instanceof Tagged n && (n.tag() == Tag.VERB || n.tag() == Tag.AUXILIARY);
        boolean beforeRelative = next instanceof Tagged r && r.tag() == Tag.RELATIVE;
        if (preposition != null
                && role == Role.PREPOSITION_OBJECT
                && listing
                && (afterComma || beforeVerb || beforeRelative)) {
            preposition = null; // "in racks, and tasting notes": a preposition's list goes on after "and" only
        }
        if (preposition != null
                && phrase.singular()
                && lexicon.noun(phrase.head()).isEmpty()) {
            preposition = null; // "for a term": a detail of the clause, not a thing kei knows to store
            return;
        }
        Optional<Mention> named = findings.mention(phrase);
        if (named.isEmpty()) {
            preposition = null;
            return;
        }
        Mention m = named.get();
        if (owner != null) {
            for (Mention o : owner) {
                findings.claim(new Claim.Owns(o.name(), m.name(), findings.words(o, m)));
            }
            owner = null;
        }
        if (preposition != null) {
            attach(m, phrase);
            role = Role.PREPOSITION_OBJECT;
            return;
        }
        if (beforeVerb || beforeRelative) {
            boolean reduced = next instanceof Tagged v && v.tag() == Tag.VERB && v.passive();
            // "members book classes taught by trainers": the classes are still what the members book
            boolean outerObject = reduced && verb != null && (listing || role == Role.OBJECT);
            if (outerObject) {
                object(m, phrase);
            }
            flushAssociation();
            if (listing && role == Role.SUBJECT && verb == null) {
                subject.add(m);
            } else {
                if (reduced) {
                    // "tracking fields, crops planted per season, harvests": a comma goes back to the list
                    outer = new Outer(outerObject ? verb : null, subject, appSubject, objects);
                }
                subject = new ArrayList<>(List.of(m));
                clauseHead = subject;
                verb = null;
                appSubject = false;
            }
            role = Role.SUBJECT;
            last = subject;
            return;
        }
        if (verb != null && (role == Role.OBJECT || role == Role.NONE || role == Role.SUBJECT || listing)) {
            object(m, phrase);
            return;
        }
        if (listing && role == Role.SUBJECT) {
            subject.add(m);
            last = subject;
            return;
        }
        // a thing on its own: it may be the subject of what follows ("films by directors are screened")
        flushAssociation();
        subject = new ArrayList<>(List.of(m));
        clauseHead = subject;
        last = subject;
        verb = null;
        role = Role.SUBJECT;
    }

    private void resumeOuter() {
        flushAssociation();
        Outer o = outer;
        outer = null;
        verb = o.verb();
        subject = new ArrayList<>(o.subject());
        clauseHead = subject;
        appSubject = o.appSubject();
        objects = new ArrayList<>(o.objects());
        last = objects;
        role = verb == null ? Role.NONE : Role.OBJECT;
        preposition = null;
        if (verb != null && verb.verb().link() == VerbEntry.Link.ASSOCIATION) {
            association = new OpenAssociation(verb, appSubject ? List.of() : List.copyOf(subject));
        }
    }

    /** Whether the first phrase of the intake describes the application: "a blog where", "a clinic that tracks". */
    private boolean describes(Object next) {
        return descriptive && AppDescription.introducedBy(next);
    }

    private void verb(Tagged t, Object previous) {
        flushAssociation();
        boolean afterPhrase = previous instanceof Phrase || previous instanceof Tagged a && a.tag() == Tag.AUXILIARY;
        if (afterPhrase && role == Role.PREPOSITION_OBJECT) {
            subject = clauseHead; // "films by directors are screened at venues": films are screened
        } else if (role == Role.OBJECT && previous instanceof Phrase) {
            subject = List.copyOf(last); // "workouts made of exercises"
        }
        if (antecedent != null) {
            subject = antecedent; // "exhibitions that show artworks", "sessions that are paid"
            antecedent = null;
        }
        verb = t;
        objects = new ArrayList<>();
        preposition = null;
        role = Role.OBJECT;
        if (t.verb().link() == VerbEntry.Link.ASSOCIATION) {
            association = new OpenAssociation(t, appSubject ? List.of() : List.copyOf(subject));
        }
    }

    private void preposition(String word, Object previous) {
        if (word.equals("to")
                && "from".equals(lastPreposition)
                && previous instanceof Phrase
                && target == Target.PHRASE) {
            preposition = word; // "shipments from warehouses to customers": both tell of the shipments
            return;
        }
        lastPreposition = word;
        preposition = word;
        if (role == Role.DESCRIPTION) {
            target = Target.DESCRIPTION;
        } else if (verb != null
                && objects.isEmpty()
                && previous instanceof Tagged p
                && (p.tag() == Tag.VERB || p.tag() == Tag.PARTICLE)) {
            target = Target.VERB;
        } else if (verb != null
                && role == Role.PREPOSITION_OBJECT
                && target == Target.VERB
                && previous instanceof Phrase
                && STILL_THE_VERB.contains(word)) {
            target = Target.VERB; // "park in spots during sessions": both belong to parking
        } else if (association != null && !word.equals("of") && !objects.isEmpty()) {
            target = Target.ASSOCIATION;
        } else if (PrepositionRule.MANY_TO_MANY.contains(word) && verb != null && !objects.isEmpty()) {
            target = Target.PHRASE; // "run experiments on samples using instruments": the experiments use them
            prepositionHead = List.of(objects.get(0));
        } else {
            target = Target.PHRASE;
            prepositionHead = lastOne();
        }
        if (previous instanceof Tagged c && (c.tag() == Tag.COMMA || c.tag() == Tag.CONJUNCTION)) {
            target = Target.PHRASE; // a new preposition after a list attaches to what was listed last
            prepositionHead = lastOne();
        }
    }

    /** A preposition after a list belongs to its last item: "tasks and expenses against a budget". */
    private List<Mention> lastOne() {
        return last.isEmpty() ? List.of() : List.of(last.get(last.size() - 1));
    }

    private void pronoun(String word, Object next) {
        if (Pronouns.meansTheApplication(word)) {
            flushAssociation();
            appSubject = true;
            subject = new ArrayList<>();
            verb = null;
            role = Role.SUBJECT;
            return;
        }
        if (verb != null && role == Role.OBJECT && objects.isEmpty()) {
            // "rate them", "end it": the pronoun stands for what was named before the verb
            List<Mention> meant = pronouns.objectsMeant(word, subject);
            for (Mention m : meant) {
                object(m, null);
            }
        }
    }

    private void object(Mention m, Phrase phrase) {
        objects.add(m);
        last = objects;
        role = Role.OBJECT;
        VerbEntry entry = verb.verb();
        List<Mention> agents = appSubject ? List.of() : subject;
        if (entry.link() == VerbEntry.Link.ASSOCIATION) {
            if (association == null) {
                association = new OpenAssociation(verb, List.copyOf(agents));
            }
            association.objects.add(m);
        } else {
            verbObjects.claim(entry.link(), agents, m, phrase);
        }
    }

    private void attach(Mention m, Phrase phrase) {
        String p = preposition;
        if (target == Target.VERB && verb != null) {
            if (association != null) {
                association.refs.add(m);
            } else {
                prepositions.afterVerb(p, verb, subject, appSubject, m);
            }
            last = new ArrayList<>(List.of(m));
            return;
        }
        if (target == Target.ASSOCIATION && association != null) {
            association.refs.add(m);
            last = new ArrayList<>(List.of(m));
            return;
        }
        prepositions.between(p, prepositionHead, m, verb);
        last = new ArrayList<>(List.of(m));
    }

    private void endSentence() {
        flushAssociation();
        role = Role.NONE;
        subject = new ArrayList<>();
        clauseHead = subject;
        last = new ArrayList<>();
        objects = new ArrayList<>();
        verb = null;
        preposition = null;
        owner = null;
        appSubject = false;
        antecedent = null;
        outer = null;
    }

    private void flushAssociation() {
        if (verb != null) {
            pronouns.verbPhraseEnded(subject, objects);
        }
        if (association == null) {
            return;
        }
        OpenAssociation a = association;
        association = null;
        verbRows.close(a);
    }
}
