package com.idic.crm.customer.duplicates.ui;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.duplicates.DuplicateReason;
import com.idic.crm.customer.duplicates.domain.FillableField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every label the duplicates screens build from an enum exists, in both languages. */
class DuplicatesBundleTest {

    @Test
    void chineseBundleHasEveryEnglishKey() throws IOException {
        assertThat(load("i18n/duplicates_zh_CN.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("i18n/duplicates.properties").stringPropertyNames());
    }

    @Test
    void everyEnumShownOnScreenHasALabel() throws IOException {
        Properties english = load("i18n/duplicates.properties");
        Arrays.stream(FillableField.values()).forEach(f -> assertThat(english).containsKey("duplicates.field." + f.name()));
        Arrays.stream(DuplicateReason.values()).forEach(r -> assertThat(english).containsKey("duplicates.reason." + r.name()));
        Arrays.stream(CustomerType.values()).forEach(t -> assertThat(english).containsKey("duplicates.type." + t.name()));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                DuplicatesBundleTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
