package com.idic.crm.segmentation;

import java.util.List;

/** Settings refused; nothing was saved. Each problem names its field. */
public class InvalidSettingsException extends RuntimeException {

    private final transient List<SettingsProblem> problems;

    public InvalidSettingsException(List<SettingsProblem> problems) {
        super("Invalid segmentation settings: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<SettingsProblem> problems() {
        return problems;
    }
}
