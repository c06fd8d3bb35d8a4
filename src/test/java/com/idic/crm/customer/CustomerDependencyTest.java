package com.idic.crm.customer;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Orders depend on customers; the customer page reaches them only through CustomerPageSection beans. */
class CustomerDependencyTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.idic.crm");

    @Test
    void customerFeatureDoesNotDependOnOrders() {
        noClasses().that().resideInAPackage("com.idic.crm.customer..")
                .should().dependOnClassesThat().resideInAPackage("com.idic.crm.order..")
                .check(classes);
    }

    @Test
    void orderFeatureUsesOnlyThePublicRootOfCustomer() {
        noClasses().that().resideInAPackage("com.idic.crm.order..")
                .should().dependOnClassesThat().resideInAnyPackage("com.idic.crm.customer.domain..", "com.idic.crm.customer.ui..")
                .check(classes);
    }
}
