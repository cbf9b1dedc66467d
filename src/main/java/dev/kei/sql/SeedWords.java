package dev.kei.sql;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** The invented words seed values are made of: small, fixed lists, so a seed never holds anyone's real data. */
final class SeedWords {
    static final List<String> FIRST_NAMES = List.of(
            "Ada", "Bo", "Chidi", "Dara", "Elif", "Farah", "Goran", "Hana", "Ines", "Jonas", "Kaito", "Lena", "Mateo",
            "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tove", "Uma", "Viktor", "Wen", "Yara", "Zane");
    static final List<String> LAST_NAMES = List.of(
            "Quill",
            "Lindqvist",
            "Okafor",
            "Moreau",
            "Tanaka",
            "Novak",
            "Haddad",
            "Kowalski",
            "Reyes",
            "Brandt",
            "Osei",
            "Varga",
            "Sato",
            "Fischer",
            "Mendes",
            "Larsen",
            "Ivanova",
            "Castillo",
            "Nakamura",
            "Petrov",
            "Dubois",
            "Keller",
            "Abara",
            "Rossi",
            "Holm");
    static final List<String> ADJECTIVES = List.of(
            "Silver",
            "Quiet",
            "Northern",
            "Amber",
            "Hidden",
            "Brave",
            "Golden",
            "Distant",
            "Crimson",
            "Gentle",
            "Wild",
            "Hollow",
            "Bright",
            "Salt",
            "Iron",
            "Velvet",
            "Last",
            "Winter",
            "Paper",
            "Emerald");
    static final List<String> NOUNS = List.of(
            "Harbor", "Garden", "River", "Lantern", "Orchard", "Meadow", "Tide", "Compass", "Falcon", "Bridge",
            "Island", "Forest", "Signal", "Atlas", "Canyon", "Ember", "Harvest", "Mirror", "Summit", "Voyage");
    static final List<String> WORDS = List.of(
            "the",
            "quiet",
            "river",
            "carries",
            "light",
            "across",
            "old",
            "stone",
            "and",
            "every",
            "morning",
            "brings",
            "new",
            "maps",
            "of",
            "a",
            "small",
            "town",
            "where",
            "people",
            "build",
            "boats",
            "from",
            "paper",
            "under",
            "bright",
            "skies",
            "while",
            "stories",
            "travel",
            "slowly",
            "between",
            "gardens",
            "with",
            "patient",
            "hands",
            "near",
            "the",
            "harbor",
            "lanterns",
            "glow",
            "warm");
    static final List<String> CITIES = List.of(
            "Lisbon",
            "Osaka",
            "Nairobi",
            "Bergen",
            "Montreal",
            "Valparaíso",
            "Tbilisi",
            "Porto",
            "Hanoi",
            "Cork",
            "Leipzig",
            "Cusco",
            "Adelaide",
            "Tallinn",
            "Accra");
    static final List<String> COUNTRIES = List.of(
            "Portugal",
            "Japan",
            "Kenya",
            "Norway",
            "Canada",
            "Chile",
            "Georgia",
            "Vietnam",
            "Ireland",
            "Germany",
            "Peru",
            "Australia",
            "Estonia",
            "Ghana");
    static final List<String> COUNTRY_CODES =
            List.of("PT", "JP", "KE", "NO", "CA", "CL", "GE", "VN", "IE", "DE", "PE", "AU", "EE", "GH");
    static final List<String> COLORS =
            List.of("red", "teal", "amber", "indigo", "olive", "coral", "slate", "violet", "ochre", "jade");
    static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "JPY", "CAD", "CHF", "SEK", "AUD");
    static final List<String> LOCALES = List.of("en", "de", "fr", "ja", "pt", "es", "sv", "nl");
    static final List<String> TIME_ZONES =
            List.of("UTC", "Europe/Lisbon", "Asia/Tokyo", "Africa/Nairobi", "America/Toronto", "Australia/Adelaide");
    static final List<String> STATES = List.of("active", "pending", "archived", "draft", "review", "closed");
    static final List<String> DOMAINS = List.of("example.com", "example.org", "example.net");

    /** Tables whose rows are people: their {@code name} is a person's name. */
    static final Set<String> PEOPLE = Set.of(
            "user",
            "author",
            "customer",
            "person",
            "people",
            "member",
            "employee",
            "student",
            "teacher",
            "owner",
            "contact",
            "player",
            "patient",
            "doctor",
            "guest",
            "client",
            "staff",
            "speaker",
            "artist",
            "actor",
            "reader",
            "writer",
            "editor",
            "subscriber",
            "attendee",
            "driver",
            "agent",
            "instructor",
            "participant",
            "applicant",
            "candidate",
            "volunteer",
            "tenant_user",
            "profile",
            "coach",
            "musician");

    /** Tables whose rows are one-word labels: their {@code name} is a single lower-case word. */
    static final Set<String> LABELS = Set.of("tag", "category", "genre", "label", "topic", "keyword", "skill");

    /** Non-ASCII and an apostrophe in one name: the edge case a fixture's second row carries. */
    static final String AWKWARD_NAME = "Zoë O'Brien-Ångström";

    private SeedWords() {}

    static String pick(List<String> words, SplittableRandom random) {
        return words.get(random.nextInt(words.size()));
    }

    /** {@code count} words from {@link #WORDS}, the first capitalised, ending with a full stop. */
    static String sentence(SplittableRandom random, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String word = pick(WORDS, random);
            if (i == 0) {
                s.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            } else {
                s.append(' ').append(word);
            }
        }
        return s.append('.').toString();
    }
}
