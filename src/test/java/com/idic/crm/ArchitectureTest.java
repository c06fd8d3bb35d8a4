package com.idic.crm;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package-by-feature rules of DEVELOPERS.md, checked on the compiled application (not the tests). */
@AnalyzeClasses(packages = "com.idic.crm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final Pattern FEATURE = Pattern.compile("com\\.idic\\.crm\\.(\\w+)(\\..*)?");
    private static final Pattern DOMAIN = Pattern.compile("com\\.idic\\.crm\\.(\\w+)\\.domain(\\..*)?");

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
                String ownFeature = featureOf(origin.getPackageName()).orElse("");
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Matcher domain = DOMAIN.matcher(dependency.getTargetClass().getPackageName());
                    if (domain.matches() && !domain.group(1).equals(ownFeature)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static Optional<String> featureOf(String packageName) {
        Matcher feature = FEATURE.matcher(packageName);
        return feature.matches() ? Optional.of(feature.group(1)) : Optional.empty();
    }
}
