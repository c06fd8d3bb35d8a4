package com.idic.crm.base.ui;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The shell around every view. Navigation is built from the views' {@code @Menu}
 * annotations, already filtered by what the signed-in role may open. A menu title is a
 * translation key {@code nav.<stage>.<view>}; the stage groups the entries (IDIC order).
 */
@Layout
@PermitAll
@StyleSheet("context://styles/crm.css")
public class MainLayout extends AppLayout {

    static final List<String> STAGES = List.of("identify", "differentiate", "interact", "customize", "reports", "admin");

    private final transient AuthenticationContext authenticationContext;

    private final transient ObjectProvider<LanguagePreference> languages;

    public MainLayout(AuthenticationContext authenticationContext, ObjectProvider<NavbarItem> navbarItems,
                      ObjectProvider<LanguagePreference> languages) {
        this.authenticationContext = authenticationContext;
        this.languages = languages;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(navigation()));
        addToNavbar(new DrawerToggle(), toolbar(navbarItems));
    }

    private Div brand() {
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        Div brand = new Div(new Icon(VaadinIcon.CLUSTER), name);
        brand.addClassName("brand");
        return brand;
    }

    private Div navigation() {
        Map<String, SideNav> byStage = new LinkedHashMap<>();
        STAGES.forEach(stage -> {
            SideNav nav = new SideNav(getTranslation("nav.stage." + stage));
            nav.setCollapsible(true);
            byStage.put(stage, nav);
        });
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            String stage = stageOf(entry.title());
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
            }
            byStage.computeIfAbsent(stage, s -> new SideNav(getTranslation("nav.stage." + s))).addItem(item);
        }
        Div navs = new Div();
        navs.addClassName("side-navs");
        byStage.values().stream().filter(nav -> !nav.getItems().isEmpty()).forEach(navs::add);
        return navs;
    }

    static String stageOf(String titleKey) {
        String[] parts = titleKey.split("\\.");
        return parts.length >= 3 ? parts[1] : "identify";
    }

    private HorizontalLayout toolbar(ObjectProvider<NavbarItem> navbarItems) {
        Span user = new Span(new Icon(VaadinIcon.USER), new Span(authenticationContext.getPrincipalName().orElse("")));
        user.addClassName("current-user");
        Button logout = new Button(getTranslation("action.logout"), new Icon(VaadinIcon.SIGN_OUT),
                click -> authenticationContext.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout toolbar = new HorizontalLayout();
        navbarItems.orderedStream().sorted(Comparator.comparingInt(NavbarItem::order)).map(NavbarItem::create)
                .forEach(toolbar::add);
        toolbar.add(new LanguageSwitch(locale -> languages.ifAvailable(preference -> preference.chosen(locale))), user, logout);
        toolbar.addClassName("toolbar");
        toolbar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        return toolbar;
    }
}
