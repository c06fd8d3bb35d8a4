package com.idic.crm.base;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Translations for every user-visible string. Each feature keeps its own bundle in
 * {@code i18n/<feature>.properties} (English) and {@code i18n/<feature>_zh_CN.properties};
 * all bundles are merged here, so features never edit a shared file.
 */
@Component
public class CrmI18NProvider implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, CHINESE);

    private static final Logger log = LoggerFactory.getLogger(CrmI18NProvider.class);

    private final Map<String, String> english;
    private final Map<String, String> chinese;

    public CrmI18NProvider() {
        english = load("classpath*:i18n/*.properties", false);
        chinese = load("classpath*:i18n/*_zh_CN.properties", true);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern = isChinese(locale) ? chinese.getOrDefault(key, english.get(key)) : english.get(key);
        if (pattern == null) {
            log.warn("Missing translation for key '{}'", key);
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
    }

    public boolean hasKey(String key) {
        return english.containsKey(key);
    }

    public Map<String, String> englishMessages() {
        return Map.copyOf(english);
    }

    public Map<String, String> chineseMessages() {
        return Map.copyOf(chinese);
    }

    static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    private static Map<String, String> load(String pattern, boolean chinese) {
        Map<String, String> messages = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                String file = resource.getFilename();
                if (file == null || (!chinese && file.contains("_"))) {
                    continue;
                }
                Properties properties = new Properties();
                try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                properties.forEach((k, v) -> messages.put((String) k, (String) v));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read translations", e);
        }
        return messages;
    }
}
