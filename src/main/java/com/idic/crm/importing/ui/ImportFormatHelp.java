package com.idic.crm.importing.ui;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;

import com.idic.crm.importing.ImportKind;
import com.idic.crm.importing.ImportTemplates;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/** What a file of one kind looks like: its columns, the allowed values of each choice column, a template. */
class ImportFormatHelp extends Div {

    ImportFormatHelp() {
        addClassName("import-columns");
    }

    void show(ImportKind kind) {
        removeAll();
        Paragraph columns = new Paragraph(getTranslation("import.columns", String.join(", ", kind.columns())) + " \u2014 "
                + getTranslation("import.columns.required",
                kind.columns().stream().filter(kind::isRequired).collect(Collectors.joining(", "))));
        add(columns);
        if (!kind.choices().isEmpty()) {
            UnorderedList choices = new UnorderedList();
            choices.addClassName("import-choices");
            for (ImportKind.Choice choice : kind.choices()) {
                String values = choice.values().stream()
                        .map(value -> value + " (" + getTranslation(choice.labelKeyPrefix() + value) + ")")
                        .collect(Collectors.joining(", "));
                choices.add(new ListItem(getTranslation("import.choice", choice.column(), values)));
            }
            add(new Paragraph(getTranslation("import.choices")), choices);
        }
        byte[] template = ImportTemplates.csv(kind);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(template), ImportTemplates.fileName(kind), "text/csv", template.length)),
                getTranslation("import.template", getTranslation("import.kind." + kind.name())));
        download.addClassName("import-template");
        add(download);
    }
}
