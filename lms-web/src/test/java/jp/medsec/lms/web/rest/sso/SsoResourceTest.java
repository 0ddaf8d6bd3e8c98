package jp.medsec.lms.web.rest.sso;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where the browser may go after a login through an identity provider. */
class SsoResourceTest {

    @Test
    void pagesOfThisSiteAreKept() {
        assertEquals("/course.html?id=abc", SsoResource.safeNext("/course.html?id=abc"));
        assertEquals("/", SsoResource.safeNext(null));
    }

    @Test
    void anythingThatCouldLeaveTheSiteGoesToTheStartPage() {
        for (String next : new String[]{"https://evil.example/", "//evil.example", "/\\evil.example", "evil.example",
                "javascript:alert(1)", "/ok\r\nSet-Cookie: x=1", "/" + "a".repeat(600)}) {
            assertEquals("/", SsoResource.safeNext(next), next);
        }
    }
}
