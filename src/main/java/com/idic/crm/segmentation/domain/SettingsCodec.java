package com.idic.crm.segmentation.domain;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.idic.crm.segmentation.SegmentationSettings;

/**
 * Settings as text of {@code group.field=value} lines (the form they are stored in, readable in the
 * database and in a run's snapshot). A key missing from stored text takes its default, so settings
 * added later do not break older snapshots.
 */
public final class SettingsCodec {

    private SettingsCodec() {
    }

    public static String encode(SegmentationSettings settings) {
        Map<String, String> values = new LinkedHashMap<>();
        for (RecordComponent group : SegmentationSettings.class.getRecordComponents()) {
            Object value = read(group, settings);
            if (value instanceof Record nested) {
                for (RecordComponent field : nested.getClass().getRecordComponents()) {
                    Object fieldValue = read(field, nested);
                    values.put(group.getName() + "." + field.getName(), fieldValue == null ? "" : text(fieldValue));
                }
            } else {
                values.put(group.getName(), value == null ? "" : text(value));
            }
        }
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }

    public static SegmentationSettings decode(String text) {
        Map<String, String> values = Arrays.stream(text.split("\n")).filter(line -> line.contains("="))
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf('=')).trim(),
                        line -> line.substring(line.indexOf('=') + 1).trim(), (a, b) -> b));
        SegmentationSettings defaults = SegmentationSettings.defaults();
        RecordComponent[] groups = SegmentationSettings.class.getRecordComponents();
        Object[] groupValues = new Object[groups.length];
        for (int g = 0; g < groups.length; g++) {
            Object defaultValue = read(groups[g], defaults);
            if (defaultValue instanceof Record nested) {
                RecordComponent[] fields = nested.getClass().getRecordComponents();
                Object[] fieldValues = new Object[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    String key = groups[g].getName() + "." + fields[f].getName();
                    fieldValues[f] = values.containsKey(key) ? parse(fields[f].getType(), values.get(key))
                            : read(fields[f], nested);
                }
                groupValues[g] = construct(nested.getClass(), fields, fieldValues);
            } else {
                String key = groups[g].getName();
                groupValues[g] = values.containsKey(key) ? parse(groups[g].getType(), values.get(key)) : defaultValue;
            }
        }
        return (SegmentationSettings) construct(SegmentationSettings.class, groups, groupValues);
    }

    private static String text(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    private static Object parse(Class<?> type, String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (type == Integer.class) {
            return Integer.valueOf(text);
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(text);
        }
        if (type == LocalTime.class) {
            return LocalTime.parse(text);
        }
        throw new IllegalArgumentException("Unsupported setting type " + type);
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object construct(Class<?> type, RecordComponent[] components, Object[] values) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
