package dev.portalauth.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The interceptor judges the class the application wrote, not the subclass Weld generates to intercept it. */
class GuardInterceptorSpec {

    static class Pages {
    }

    static class SpecialPages extends Pages {
    }

    /** Named as Weld names its subclasses ({@code Pages$Proxy$_$$_WeldSubclass}). */
    static class Pages$Proxy$_$$_WeldSubclass extends Pages {
    }

    @Test
    void a_generated_subclass_is_judged_as_the_class_it_extends() {
        assertEquals(Pages.class, GuardInterceptor.beanClass(Pages$Proxy$_$$_WeldSubclass.class));
    }

    @Test
    void an_application_subclass_is_judged_as_itself() {
        assertEquals(SpecialPages.class, GuardInterceptor.beanClass(SpecialPages.class));
    }
}
