package jp.medsec.lms.web.ui;

import jp.medsec.lms.core.domain.model.shared.FiscalYear;
import jp.medsec.lms.web.support.Courses;
import jp.medsec.lms.web.support.HttpSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The course page of a nurse who completed a course, in Japanese: this year's completion (nothing to re-take), then
 * the offer to re-take it once a new fiscal year has begun, and the page of her second round.
 * <p>
 * The server's clock cannot be moved for a browser test, so for the last two views the browser rewrites the
 * {@code rounds} part of the progress answer (through a DevTools script that wraps {@code fetch}) to what the server
 * answers after April; everything else, including the click on 「今年度の受講を始める」, goes to the real server, which
 * refuses it (she completed this year) and the page shows why. The server side of re-taking is proven by
 * {@code EnrolmentRoundsIT}, inside Liberty.
 */
class CourseRoundsPageIT extends BrowserTest {

    /** Wraps fetch: a GET of this course's progress gets {@code rounds} (and the rest) from localStorage, if set there. */
    private static final String REWRITE = """
            (() => {
              const realFetch = window.fetch.bind(window);
              window.fetch = async (input, init) => {
                const res = await realFetch(input, init);
                const url = String(input instanceof Request ? input.url : input);
                const patch = localStorage.getItem('test.progress');
                if (!patch || !url.endsWith('/progress') || (init && init.method && init.method !== 'GET')) return res;
                const body = Object.assign(await res.clone().json(), JSON.parse(patch));
                return new Response(JSON.stringify(body), { status: res.status, headers: res.headers });
              };
            })();""";

    @Test
    void aNurseSeesHerCompletionTheOfferToReTakeAndHerSecondRound() throws Exception {
        Courses.OnePage course = Courses.onePage("年次研修 院内ルール");
        HttpSession api = new HttpSession();
        String email = api.registerLearner("年度 看護子").getString("email");
        Courses.complete(api, course);
        String page = "/course.html?id=" + course.courseId();

        startBrowser(412, 915); // a phone
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", REWRITE));
        logIn(email, page);
        visible(By.id("course-complete"));
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("round-completed"), "年度）"));
        assertTrue(driver.findElements(By.id("round-start")).isEmpty(), "completed this fiscal year: nothing to re-take");
        int nextYear = FiscalYear.of(Instant.now()) + 1;
        assertTrue(driver.findElement(By.id("round-next")).getText().contains(nextYear + "年4月1日から"), "says when she can re-take it");
        screenshot("60-course-completed-this-year");

        // April: the server would offer a new round.
        Instant lastYear = Instant.now().minus(400, ChronoUnit.DAYS);
        driver.executeScript("localStorage.setItem('test.progress', arguments[0])",
                "{\"rounds\":{\"current\":{\"number\":1,\"startedAt\":\"" + lastYear + "\",\"completedAt\":\"" + lastYear.plusSeconds(3600)
                        + "\"},\"mayStartNew\":true,\"past\":[]}}");
        driver.navigate().refresh();
        visible(By.id("round-start"));
        assertTrue(driver.findElement(By.cssSelector(".round-new")).getText().contains("これまでの修了記録と修了証はそのまま残り"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", driver.findElement(By.id("round-start")));
        screenshot("61-course-offer-new-round");

        // The real server refuses (she completed this fiscal year), and the page says why instead of failing silently.
        driver.findElement(By.id("round-start")).click();
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("course-status"), "前の年度に修了してから"));
        screenshot("62-course-new-round-refused");

        // The page of her second round, as the server answers after she started it.
        driver.executeScript("localStorage.setItem('test.progress', arguments[0])",
                "{\"requiredDone\":0,\"percent\":0,\"complete\":false,\"completedActivityIds\":[],\"rounds\":{\"current\":{\"number\":2,"
                        + "\"startedAt\":\"" + Instant.now() + "\"},\"mayStartNew\":false,\"past\":[{\"number\":1,\"startedAt\":\""
                        + lastYear + "\",\"completedAt\":\"" + lastYear.plusSeconds(3600) + "\"}]}}");
        driver.navigate().refresh();
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("round-current"), "2回目の受講です"));
        visible(By.id("continue-link"));
        driver.findElement(By.cssSelector("#round-history summary")).click();
        assertTrue(driver.findElement(By.id("round-history")).getText().contains("1回目"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", driver.findElement(By.id("round-history")));
        screenshot("63-course-second-round");
        driver.executeScript("localStorage.removeItem('test.progress')");
    }
}
