package dev.portalauth;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The public API is {@code dev.portalauth} and {@code dev.portalauth.spi}; everything else of the
 * module is under {@code dev.portalauth.internal}, and code written the way a portal team writes it
 * (the demo portal, the simulator) uses the public types only. The module's packages form layers
 * without cycles.
 */
class ArchitectureSpec {

    private static final String[] PUBLIC = {"dev.portalauth", "dev.portalauth.spi"};
    private static final String INTERNAL = "dev.portalauth.internal..";

    /**
     * The module's own classes as compiled. The classes jar adds Nimbus relocated under
     * {@code dev.portalauth.internal.jose.nimbusds} (pom.xml, maven-shade-plugin): a third party's
     * code, whose packages and cycles are not the module's to rule, so it stays out of scope here.
     */
    private static final JavaClasses MODULE = new ClassFileImporter().importPath(Path.of("target/classes"));

    /**
     * The demo portal and the simulator: compiled with the tests, told apart by their sources in
     * {@code src/demo}. Not {@code demo.bench}: bench/run's floors time the module's own signer.
     */
    private static final JavaClasses PORTAL_CODE = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/dev/portalauth/")
                    || location.contains("/dev/portalauth/demo/") && !location.contains("/dev/portalauth/demo/bench/")
                    || location.contains("/dev/portalauth/simulator/"))
            .importPath(Path.of("target/test-classes"))
            .that(DescribedPredicate.describe("written in src/demo", ArchitectureSpec::inDemoSources));

    private static final DescribedPredicate<JavaClass> MODULE_INTERNALS =
            resideInAPackage("dev.portalauth..").and(not(resideInAnyPackage(PUBLIC)))
                    .and(not(resideInAnyPackage("dev.portalauth.demo..", "dev.portalauth.simulator..")))
                    .as("the module's internal types");

    private static boolean inDemoSources(JavaClass type) {
        String file = type.getSourceCodeLocation().getSourceFileName();
        return Files.exists(Path.of("src/demo/java", type.getPackageName().replace('.', '/'), file));
    }

    @Test
    void everyTypeOfTheModuleIsPublicApiOrVisiblyInternal() {
        classes().should().resideInAnyPackage("dev.portalauth", "dev.portalauth.spi", INTERNAL)
                .because("a portal team must see at a glance which types it may use")
                .check(MODULE);
    }

    @Test
    void thePublicApiNamesNoInternalType() {
        classes().that().resideInAnyPackage(PUBLIC)
                .should(new ArchCondition<JavaClass>("name no internal type in a supertype or a public signature") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        Stream.concat(type.getAllRawSuperclasses().stream(), type.getAllRawInterfaces().stream())
                                .filter(MODULE_INTERNALS)
                                .forEach(internal -> events.add(SimpleConditionEvent.violated(type,
                                        type.getName() + " extends " + internal.getName())));
                        type.getMembers().stream()
                                .filter(member -> member.getModifiers().contains(JavaModifier.PUBLIC)
                                        || member.getModifiers().contains(JavaModifier.PROTECTED))
                                .forEach(member -> signatureTypes(member).filter(MODULE_INTERNALS)
                                        .forEach(internal -> events.add(SimpleConditionEvent.violated(member,
                                                member.getFullName() + " names " + internal.getName()))));
                    }
                })
                .because("a public signature that names an internal type would make it public too")
                .check(MODULE);
    }

    private static Stream<JavaClass> signatureTypes(JavaMember member) {
        if (member instanceof JavaField field) {
            return Stream.of(field.getRawType());
        }
        JavaCodeUnit unit = (JavaCodeUnit) member;
        return Stream.concat(Stream.of(unit.getRawReturnType()), unit.getRawParameterTypes().stream());
    }

    @Test
    void portalCodeUsesThePublicApiOnly() {
        noClasses().should().dependOnClassesThat(MODULE_INTERNALS)
                .because("the demo and the simulator show what a portal team can write")
                .check(PORTAL_CODE);
    }

    private static final String WEB = "dev.portalauth.internal.web..";
    private static final String SESSION = "dev.portalauth.internal.session..";
    private static final String LOGIN = "dev.portalauth.internal.login..";
    private static final String CHAIN = "dev.portalauth.internal.chain..";
    private static final String COOKIE = "dev.portalauth.internal.cookie..";
    private static final String TOKEN = "dev.portalauth.internal.token..";
    private static final String WIRING = "dev.portalauth.internal.wiring..";
    private static final String SHARED = "dev.portalauth.internal.shared..";

    /**
     * Logins stand on the chain, the chain on cookies, cookies on tokens, never back: a login hands
     * what it started to the chain, which alone writes the request's state; cookies know nothing of a
     * request's state; tokens know nothing of cookies. docs/ARCHITECTURE.md draws it.
     */
    @Test
    void loginsStandOnTheChainTheChainOnCookiesCookiesOnTokensNeverBack() {
        noClasses().that().resideInAPackage(LOGIN)
                .should().dependOnClassesThat().resideInAnyPackage(SESSION, WEB)
                .because("a login hands what it started to the chain; the web layer and the Session beans call it")
                .check(MODULE);
        noClasses().that().resideInAPackage(CHAIN)
                .should().dependOnClassesThat().resideInAnyPackage(LOGIN, SESSION, WEB)
                .because("the chain decides who a request is; logins, Session beans and endpoints use it, never the reverse")
                .check(MODULE);
        noClasses().that().resideInAPackage(COOKIE)
                .should().dependOnClassesThat().resideInAnyPackage(CHAIN, LOGIN, SESSION, WEB)
                .because("cookies are written and named without knowing a request's state")
                .check(MODULE);
        noClasses().that().resideInAPackage(TOKEN)
                .should().dependOnClassesThat().resideInAnyPackage(COOKIE, CHAIN, LOGIN, SESSION, WEB, WIRING)
                .because("tokens are signed and proven without knowing where they are carried")
                .check(MODULE);
        noClasses().that().resideInAPackage(WIRING)
                .should().dependOnClassesThat().resideInAnyPackage(CHAIN, LOGIN, SESSION, WEB)
                .because("the producers build the shared machinery below the chain; ChainParts builds the chain's own")
                .check(MODULE);
        noClasses().that().resideInAPackage(SHARED)
                .should().dependOnClassesThat().resideInAnyPackage(CHAIN, LOGIN, SESSION, WEB)
                .because("state shared between nodes lies below the chain: the chain remembers through it")
                .check(MODULE);
    }

    /**
     * The module runs without JCache on the class path unless {@code kraken.auth.shared-state=jcache}:
     * only the JCache stores name its types, and nothing loads them otherwise.
     */
    @Test
    void onlyTheJCacheStoresUseJCache() {
        noClasses().that().resideOutsideOfPackage("dev.portalauth.internal.shared.jcache..")
                .should().dependOnClassesThat().resideInAPackage("javax.cache..")
                .because("JCache is optional: the module must start without it on the class path")
                .check(MODULE);
    }

    @Test
    void theModulesPackagesHaveNoCycles() {
        slices().matching("dev.portalauth.(**)").should().beFreeOfCycles().check(MODULE);
    }

    @Test
    void statusAndObserveWithTheirSubpackagesHaveNoCycle() {
        slices().matching("dev.portalauth.internal.(*)..").should().beFreeOfCycles()
                .because("status reports through observe's metrics and its health checks live beside it,"
                        + " so nothing of observe needs status back")
                .check(MODULE.that(resideInAnyPackage("dev.portalauth.internal.status..", "dev.portalauth.internal.observe..")));
    }
}
