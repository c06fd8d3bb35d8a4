package com.idic.crm;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.idic.crm.archfixture.GuardedSampleWriter;
import com.idic.crm.archfixture.UnguardedSampleService;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package-by-feature rules of DEVELOPERS.md, checked on the compiled application (not the tests). */
@AnalyzeClasses(packages = "com.idic.crm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** A domain package at any depth ({@code customer.domain}, {@code customer.duplicates.domain}); group 1 owns it. */
    private static final Pattern DOMAIN = Pattern.compile("(com\\.idic\\.crm\\.\\w+(?:\\.\\w+)*?)\\.domain(\\..*)?");

    @ArchTest
    static final ArchRule featuresDependOnEachOtherWithoutCycles =
            slices().matching("com.idic.crm.(*)..").namingSlices("feature $1").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule aFeaturesDomainIsPrivateToIt =
            classes().that().resideInAPackage("com.idic.crm..").should(useNoOtherFeaturesDomain());

    @ArchTest
    static final ArchRule viewsLeaveRepositoriesToServices =
            noClasses().that().resideInAPackage("..ui..")
                    .should().dependOnClassesThat().areAssignableTo(Repository.class)
                    .because("views call their feature's public service, which owns transactions and authorization");

    @ArchTest
    static final ArchRule theSharedKernelDependsOnNoFeature =
            noClasses().that().resideInAPackage("com.idic.crm.base..")
                    .should().dependOnClassesThat(resideInAPackage("com.idic.crm..")
                            .and(not(resideInAPackage("com.idic.crm.base.."))))
                    .because("every feature builds on base, so base using a feature would tie all features together");

    private static ArchCondition<JavaClass> useNoOtherFeaturesDomain() {
        return new ArchCondition<>("use no other feature's domain package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = origin.getPackageName();
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Matcher domain = DOMAIN.matcher(dependency.getTargetClass().getPackageName());
                    // the package owning a domain, and packages inside it, may use it: customer.duplicates may use customer.domain
                    if (domain.matches() && !own.equals(domain.group(1)) && !own.startsWith(domain.group(1) + ".")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    @Test
    void theDomainPatternMatchesNestedDomainPackagesAndNamesTheirOwner() {
        Matcher nested = DOMAIN.matcher("com.idic.crm.customer.duplicates.domain");
        assertThat(nested.matches()).isTrue();
        assertThat(nested.group(1)).isEqualTo("com.idic.crm.customer.duplicates");
        Matcher top = DOMAIN.matcher("com.idic.crm.order.domain.sub");
        assertThat(top.matches()).isTrue();
        assertThat(top.group(1)).isEqualTo("com.idic.crm.order");
        assertThat(DOMAIN.matcher("com.idic.crm.customer.ui").matches()).isFalse();
    }

    /**
     * What counts as a service: every Spring bean (a stereotype such as {@code @Service} or
     * {@code @Component}, not a {@code @Configuration}) and every class named {@code *Service} or
     * {@code *Writer}, in any feature package below {@code com.idic.crm} except views ({@code ui},
     * guarded by their route annotations), entities and repositories ({@code domain}, reached only
     * through the feature's services) and {@code base} (framework plumbing such as the translation
     * provider, used before anyone logs in). Judged by what a class is rather than where it sits, so
     * a bean added to any new feature is covered the day it is written.
     */
    static final DescribedPredicate<JavaClass> SERVICES = DescribedPredicate.describe("services and bulk writers",
            javaClass -> javaClass.getPackageName().startsWith("com.idic.crm.")
                    && !javaClass.getPackageName().startsWith("com.idic.crm.base")
                    && !javaClass.getPackageName().matches(".*\\.(ui|domain)(\\..*)?")
                    && !javaClass.isInterface() && !javaClass.isAnnotation()
                    && !javaClass.isMetaAnnotatedWith(Configuration.class) && !javaClass.isAnnotatedWith(Configuration.class)
                    && (javaClass.isAnnotatedWith(Component.class) || javaClass.isMetaAnnotatedWith(Component.class)
                    || (javaClass.isTopLevelClass() && javaClass.getSimpleName().matches(".*(Service|Writer)"))));

    @ArchTest
    static final ArchRule everyPublicServiceMethodCarriesARoleAnnotation =
            methods().that().arePublic().and().areNotStatic()
                    .and().doNotHaveModifier(JavaModifier.BRIDGE).and().doNotHaveModifier(JavaModifier.SYNTHETIC)
                    .and().areDeclaredInClassesThat(SERVICES)
                    .should(beGuarded())
                    .because("roles are checked on service methods, not only on views (DEVELOPERS.md); a deliberate"
                            + " exception says @PermitAll with a comment why");

    private static ArchCondition<JavaMethod> beGuarded() {
        return new ArchCondition<>("carry @RolesAllowed, @PermitAll, @DenyAll or @PreAuthorize (on the method or its class)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean guarded = GUARDS.stream().anyMatch(guard ->
                        method.isAnnotatedWith(guard) || method.getOwner().isAnnotatedWith(guard));
                if (!guarded) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " carries no role annotation"));
                }
            }
        };
    }

    @Test
    void theRoleRuleRefusesAnUnguardedServiceAndAcceptsAGuardedWriter() {
        JavaClasses unguarded = new ClassFileImporter().importClasses(UnguardedSampleService.class);
        assertThatThrownBy(() -> everyPublicServiceMethodCarriesARoleAnnotation.check(unguarded))
                .isInstanceOf(AssertionError.class).hasMessageContaining("everyoneMayCallThis");
        everyPublicServiceMethodCarriesARoleAnnotation.check(new ClassFileImporter().importClasses(GuardedSampleWriter.class));
    }

    private static final List<Class<? extends Annotation>> GUARDS =
            List.of(RolesAllowed.class, PermitAll.class, DenyAll.class, PreAuthorize.class);
}
