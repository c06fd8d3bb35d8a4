package com.idic.crm.base;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text the app shows exists in both languages, and every literal key in the code
 * exists at all: a typo would otherwise show up only as "!key" on some screen.
 */
class I18nCompletenessTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    /** {@code getTranslation("key")} / {@code getTranslation("key", ...)} and {@code @Menu(title = "key")}. */
    private static final List<Pattern> KEY_USES = List.of(
            Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*[,)]"),
            Pattern.compile("@Menu\\([^)]*title\\s*=\\s*\"([^\"]+)\""));
    /** {@code getTranslation("prefix." + part)}: at least one key must start with the prefix. */
    private static final Pattern PREFIX_USE = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*\\+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private final CrmI18NProvider i18n = new CrmI18NProvider();
    private final Map<String, String> english = i18n.englishMessages();
    private final Map<String, String> chinese = i18n.chineseMessages();

    @Test
    void everyEnglishTextHasAChineseTranslation() {
        assertThat(english).isNotEmpty();
        assertThat(difference(english.keySet(), chinese.keySet())).as("keys without zh_CN translation").isEmpty();
    }

    @Test
    void everyChineseTextHasAnEnglishOriginal() {
        assertThat(difference(chinese.keySet(), english.keySet())).as("zh_CN keys missing in English").isEmpty();
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() {
        Map<String, String> mismatched = new TreeMap<>();
        english.forEach((key, text) -> {
            String translation = chinese.get(key);
            if (translation != null && !placeholders(text).equals(placeholders(translation))) {
                mismatched.put(key, text + "  <>  " + translation);
            }
        });
        assertThat(mismatched).as("texts whose {n} placeholders differ between languages").isEmpty();
    }

    @Test
    void noKeyIsDefinedByTwoFeatureBundles() throws IOException {
        Map<String, String> firstBundle = new HashMap<>();
        Set<String> clashes = new TreeSet<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties") && !f.toString().contains("_")).sorted().toList()) {
                for (String key : load(file).stringPropertyNames()) {
                    String earlier = firstBundle.putIfAbsent(key, file.getFileName().toString());
                    if (earlier != null) {
                        clashes.add(key + " in " + earlier + " and " + file.getFileName());
                    }
                }
            }
        }
        assertThat(firstBundle).isNotEmpty();
        assertThat(clashes).as("keys merged from two bundles silently override each other").isEmpty();
    }

    @Test
    void everyLiteralKeyInTheCodeExists() throws IOException {
        Map<String, String> unknown = new TreeMap<>();
        int uses = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                for (Pattern use : KEY_USES) {
                    Matcher matcher = use.matcher(source);
                    while (matcher.find()) {
                        uses++;
                        if (!i18n.hasKey(matcher.group(1))) {
                            unknown.put(matcher.group(1), SOURCES.relativize(file).toString());
                        }
                    }
                }
                Matcher prefix = PREFIX_USE.matcher(source);
                while (prefix.find()) {
                    String start = prefix.group(1);
                    if (english.keySet().stream().noneMatch(key -> key.startsWith(start))) {
                        unknown.put(start + "*", SOURCES.relativize(file).toString());
                    }
                }
            }
        }
        assertThat(uses).as("literal keys found in %s", SOURCES.toAbsolutePath()).isGreaterThan(10);
        assertThat(unknown).as("keys used in the code but missing in the English bundles").isEmpty();
    }

    private static Set<String> difference(Set<String> keys, Set<String> minus) {
        Set<String> result = new TreeSet<>(keys);
        result.removeAll(minus);
        return result;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
