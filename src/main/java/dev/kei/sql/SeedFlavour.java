package dev.kei.sql;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a column holds, guessed from its name and type, so its seed values look like what they stand for: an
 * {@code email} gets addresses at example.com, a {@code price_cents} amounts, a {@code title} a few words.
 * Decided once per column; anything unrecognised gets plain values of its type.
 */
enum SeedFlavour {
    EMAIL,
    URL,
    SLUG,
    PHONE,
    FIRST_NAME,
    LAST_NAME,
    USERNAME,
    PERSON_NAME,
    LABEL,
    THING_NAME,
    TITLE,
    LONG_TEXT,
    CITY,
    COUNTRY,
    COUNTRY_CODE,
    STREET,
    POSTAL_CODE,
    CURRENCY,
    COLOR,
    IP_ADDRESS,
    PASSWORD,
    TOKEN,
    DIGITS,
    LOCALE,
    TIME_ZONE,
    STATE,
    MONEY,
    QUANTITY,
    AGE,
    YEAR,
    RATING,
    POSITION,
    DURATION,
    PERCENT,
    LATITUDE,
    LONGITUDE,
    BIRTH_DATE,
    CREATED_AT,
    UPDATED_AT,
    RARELY_SET_AT,
    PLAIN;

    /** The flavour of {@code column} in a table whose rows are {@code entity} (its singular name). */
    static SeedFlavour of(String entity, Column column) {
        List<String> words = Arrays.asList(column.name().split("_"));
        return switch (column.type().kind()) {
            case TEXT, VARCHAR -> text(entity, column.name(), words);
            case INT, BIGINT, SMALLINT -> integer(words);
            case NUMERIC -> decimal(words);
            case DATE -> has(words, "birth", "dob", "born", "birthday") ? BIRTH_DATE : PLAIN;
            case TIMESTAMPTZ -> timestamp(column.name());
            default -> PLAIN;
        };
    }

    /**
     * Flavours already decided, by type and column name: a large schema repeats its names (name, email, created_at)
     * in table after table. Only {@code name} depends on the table, so its key holds the entity too.
     */
    static final class Memo {
        private final Map<String, SeedFlavour> known = new HashMap<>();

        SeedFlavour of(String entity, Column column) {
            String name = column.name();
            String key = column.type().kind() + ":" + name + (name.equals("name") ? ":" + entity : "");
            return known.computeIfAbsent(key, k -> SeedFlavour.of(entity, column));
        }
    }

    private static SeedFlavour text(String entity, String name, List<String> w) {
        if (has(w, "email")) {
            return EMAIL;
        } else if (has(w, "url", "website", "homepage", "link", "uri")) {
            return URL;
        } else if (has(w, "slug")) {
            return SLUG;
        } else if (has(w, "phone", "mobile", "fax", "telephone")) {
            return PHONE;
        } else if (name.equals("first_name") || name.equals("given_name") || name.equals("firstname")) {
            return FIRST_NAME;
        } else if (has(w, "surname", "lastname") || name.equals("last_name") || name.equals("family_name")) {
            return LAST_NAME;
        } else if (has(w, "username", "login", "handle", "nickname") || name.equals("user_name")) {
            return USERNAME;
        } else if (name.equals("full_name") || name.equals("display_name") || name.equals("contact_name")) {
            return PERSON_NAME;
        } else if (name.equals("name")) {
            return SeedWords.PEOPLE.contains(entity)
                    ? PERSON_NAME
                    : SeedWords.LABELS.contains(entity) ? LABEL : THING_NAME;
        } else if (has(w, "password", "passwd", "hash")) {
            return PASSWORD;
        } else if (has(w, "token", "secret", "key")) {
            return TOKEN;
        } else if (has(w, "country") && has(w, "code", "iso")) {
            return COUNTRY_CODE;
        } else if (has(w, "country")) {
            return COUNTRY;
        } else if (has(w, "city", "town")) {
            return CITY;
        } else if (has(w, "ip")) {
            return IP_ADDRESS;
        } else if (has(w, "address", "street", "line1", "line2")) {
            return STREET;
        } else if (has(w, "zip", "postal", "postcode", "zipcode")) {
            return POSTAL_CODE;
        } else if (has(w, "currency")) {
            return CURRENCY;
        } else if (has(w, "color", "colour")) {
            return COLOR;
        } else if (has(w, "isbn", "sku", "ean", "upc", "barcode", "code", "number", "reference")) {
            return DIGITS;
        } else if (has(w, "locale", "language", "lang")) {
            return LOCALE;
        } else if (has(w, "timezone", "tz") || name.equals("time_zone")) {
            return TIME_ZONE;
        } else if (has(w, "status", "state", "role", "type", "kind", "level", "category", "tier")) {
            return STATE;
        } else if (has(w, "title", "headline", "subject", "caption", "label", "heading") || w.contains("name")) {
            return w.contains("name") ? THING_NAME : TITLE;
        } else if (has(
                w,
                "body",
                "content",
                "description",
                "bio",
                "summary",
                "text",
                "note",
                "notes",
                "comment",
                "message",
                "details",
                "about",
                "excerpt",
                "abstract",
                "instructions",
                "review")) {
            return LONG_TEXT;
        }
        return PLAIN;
    }

    private static SeedFlavour integer(List<String> w) {
        if (has(
                w,
                "price",
                "amount",
                "cost",
                "cents",
                "total",
                "balance",
                "fee",
                "salary",
                "budget",
                "revenue",
                "subtotal",
                "tax",
                "discount",
                "pay",
                "wage")) {
            return MONEY;
        } else if (has(w, "age")) {
            return AGE;
        } else if (has(w, "year")) {
            return YEAR;
        } else if (has(w, "rating", "stars", "score", "grade")) {
            return RATING;
        } else if (has(w, "percent", "percentage", "pct")) {
            return PERCENT;
        } else if (has(w, "duration", "minutes", "seconds", "runtime", "length")) {
            return DURATION;
        } else if (has(w, "position", "rank", "sort", "ordinal", "sequence", "priority", "number", "order")) {
            return POSITION;
        } else if (has(
                w,
                "quantity",
                "qty",
                "count",
                "stock",
                "inventory",
                "seats",
                "capacity",
                "copies",
                "pages",
                "views",
                "likes",
                "votes",
                "size")) {
            return QUANTITY;
        }
        return PLAIN;
    }

    private static SeedFlavour decimal(List<String> w) {
        if (has(w, "lat", "latitude")) {
            return LATITUDE;
        } else if (has(w, "lng", "lon", "long", "longitude")) {
            return LONGITUDE;
        } else if (has(w, "rating", "stars", "score", "grade")) {
            return RATING;
        } else if (has(w, "percent", "percentage", "pct", "rate")) {
            return PERCENT;
        }
        return integer(w) == MONEY ? MONEY : PLAIN;
    }

    private static SeedFlavour timestamp(String name) {
        return switch (name) {
            case "created_at" -> CREATED_AT;
            case "updated_at" -> UPDATED_AT;
            case "deleted_at", "archived_at", "cancelled_at", "canceled_at", "banned_at" -> RARELY_SET_AT;
            default -> PLAIN;
        };
    }

    private static boolean has(List<String> words, String... any) {
        for (String a : any) {
            if (words.contains(a)) {
                return true;
            }
        }
        return false;
    }
}
