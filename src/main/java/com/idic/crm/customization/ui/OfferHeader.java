package com.idic.crm.customization.ui;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import com.idic.crm.customization.OfferDetails;
import com.idic.crm.customization.OfferDocument;
import com.idic.crm.customization.OfferService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/** The offer's title, its state and the download of the offer document in the user's language. */
class OfferHeader extends Div {

    private final OfferService offers;
    private final Span title = new Span();

    OfferHeader(OfferService offers) {
        this.offers = offers;
        addClassName("view-header");
    }

    void show(OfferDetails details) {
        removeAll();
        title.setText(getTranslation("offer.title", details.id(), details.versionNo(), details.customerName()));
        Span state = Badges.badge(getTranslation("offer.state." + details.state().name()), Badges.theme(details.state()));
        add(new H2(title), state, download(details));
    }

    String title() {
        return title.getText();
    }

    private Anchor download(OfferDetails details) {
        Locale locale = getLocale();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> offers.document(details.id(), locale)
                .map(document -> new DownloadResponse(new ByteArrayInputStream(document.content()), document.fileName(),
                        OfferDocument.XLSX, document.content().length))
                .orElseGet(() -> DownloadResponse.error(404))), "");
        download.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("offer.download")));
        download.addClassName("offer-download");
        return download;
    }
}
