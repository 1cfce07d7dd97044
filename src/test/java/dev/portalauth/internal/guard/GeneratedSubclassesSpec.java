package dev.portalauth.internal.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;

import dev.portalauth.RequiresSession;

/** The guards judge the class the application wrote, not the subclass Weld generates to intercept or proxy it. */
class GeneratedSubclassesSpec {

    @RequiresSession
    static class Pages {
        public void page() {
        }
    }

    static class SpecialPages extends Pages {
    }

    /** Named as Weld names its subclasses ({@code Pages$Proxy$_$$_WeldSubclass}). */
    static class Pages$Proxy$_$$_WeldSubclass extends Pages {
    }

    @Test
    void a_generated_subclass_is_judged_as_the_class_it_extends() {
        assertEquals(Pages.class, GuardRules.beanClass(Pages$Proxy$_$$_WeldSubclass.class));
    }

    @Test
    void a_generated_subclass_shares_the_rule_of_its_class() throws Exception {
        GuardRules rules = new GuardRules();
        Method page = Pages.class.getMethod("page");

        assertSame(rules.of(Pages.class, page).orElseThrow(),
                rules.of(Pages$Proxy$_$$_WeldSubclass.class, page).orElseThrow());
    }

    @Test
    void an_application_subclass_is_judged_as_itself() {
        assertEquals(SpecialPages.class, GuardRules.beanClass(SpecialPages.class));
    }
}
