package jp.medsec.lms.web.ui;

import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.LiveCourses;
import jp.medsec.lms.web.support.LiveCourses.LiveCourse;
import jp.medsec.lms.web.support.Organisation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Live sessions in Chromium, in Japanese: a nurse on her phone finds the only place taken, joins the waitlist, and
 * gets the place when the other learner cancels; an administrator schedules a date on the sessions page, sees the
 * registrations and imports the participant report after checking it.
 */
class LiveSessionPageIT extends BrowserTest {

    private static final DateTimeFormatter REPORT_TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss").withZone(ZoneId.of("Asia/Tokyo"));

    /** Brings an element to the middle of the screen before a screenshot. */
    private void show(By by) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", visible(by));
    }

    private static By cardOf(String sessionId) {
        return By.cssSelector("li.live-session[data-session-id='" + sessionId + "']");
    }

    private WebElement card(String sessionId) {
        return visible(cardOf(sessionId));
    }

    /** Waits by locator: the page redraws its cards (after a reload or a language switch), so a found card goes stale. */
    private void waitForCardText(String sessionId, String text) {
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(cardOf(sessionId), text));
    }

    /** Reads a card, reading again if the page redrew it meanwhile. */
    private <T> T fromCard(String sessionId, java.util.function.Function<WebElement, T> read) {
        return waitUpTo(15).ignoring(StaleElementReferenceException.class).until(d -> read.apply(d.findElement(cardOf(sessionId))));
    }

    @Test
    void aNurseIsWaitlistedAndPromotedWhenAnotherLearnerCancels() throws Exception {
        LiveCourse course = LiveCourses.create("ライブ講習 キャンセル待ち");
        String session = LiveCourses.schedule(course, Duration.ofDays(3), 1);
        HttpSession first = LiveCourses.enrolledLearner(course, "先着 一郎");
        assertEquals(200, first.post(course.session(session) + "/application", "{}").status());
        HttpSession nurseApi = new HttpSession();
        String email = nurseApi.registerLearner("看護 待子").getString("email");
        assertEquals(201, nurseApi.post("/api/courses/" + course.courseId() + "/enrolment", "{}").status());

        startBrowser(412, 900); // a phone
        logIn(email, course.lessonPage());
        WebElement card = card(session);
        assertTrue(card.getText().contains("JST"), card.getText());
        assertTrue(card.getText().contains("満席"), card.getText());
        assertTrue(driver.findElement(By.id("live-completion")).getText().contains("45分以上の参加で修了"));
        show(By.cssSelector("li.live-session"));
        screenshot("40-live-full");

        card.findElement(By.cssSelector(".live-apply")).click();
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-notice"), "キャンセル待ち1番目"));
        waitForCardText(session, "1番目");
        int cancelButtons = fromCard(session, c -> c.findElements(By.cssSelector(".live-cancel")).size());
        assertEquals(1, cancelButtons, "the wait can be cancelled");
        show(By.cssSelector("li.live-session"));
        screenshot("41-live-waitlisted");

        // The other learner cancels: the nurse, first in line, gets the place.
        assertEquals("CANCELLED", first.send("DELETE", course.session(session) + "/application").json().getString("myStatus"));
        driver.navigate().refresh();
        waitForCardText(session, "参加登録済み");
        assertTrue(fromCard(session, WebElement::getText).contains("参加用リンクは"), "told when the link will appear");
        boolean noJoinButton = fromCard(session, c -> c.findElements(By.cssSelector(".live-join-button")).isEmpty());
        assertTrue(noJoinButton, "no link three days ahead");
        show(By.cssSelector("li.live-session"));
        screenshot("42-live-promoted");

        // English: the same date, still in Japan time with the zone named.
        visible(By.id("lang-switch")).click();
        // The cards are drawn at once in English, then again when the server's texts arrive in English.
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-completion"), "minutes"));
        waitForCardText(session, "Registered");
        assertTrue(fromCard(session, WebElement::getText).contains("JST"));
        show(By.cssSelector("li.live-session"));
        screenshot("43-live-promoted-english");
        show(By.cssSelector(".live-calendar"));
        visible(By.id("live-feed-renew")).click();
        assertTrue(visible(By.id("live-feed-url")).getAttribute("value").matches("http.*/api/calendar/.+\\.ics"));
        screenshot("44-live-calendar-feed");
    }

    @Test
    void anAdministratorSchedulesADateSeesRegistrationsAndImportsAttendance() throws Exception {
        LiveCourse course = LiveCourses.create("ライブ講習 運営");
        String started = LiveCourses.schedule(course, Duration.ofMinutes(-10), 30);
        HttpSession learner = LiveCourses.enrolledLearner(course, "出席 花子");
        assertEquals(200, learner.post(course.session(started) + "/application", "{}").status());
        String email = learner.get("/api/account/me").json().getString("email");
        Instant start = Instant.parse(HttpSession.administrator().get(course.base() + "/sessions").array().getJsonObject(0)
                .getJsonObject("session").getString("start"));

        startBrowser(1280, 900);
        String[] credentials = HttpSession.administratorCredentials();
        open("/login.html?next=" + java.net.URLEncoder.encode("/sessions.html?activity=" + course.activityId(), StandardCharsets.UTF_8));
        visible(By.id("login-email")).sendKeys(credentials[0]);
        driver.findElement(By.id("login-password")).sendKeys(credentials[1] + Keys.ENTER);
        visible(By.id("login-code")).sendKeys(HttpSession.administratorCode() + Keys.ENTER);
        visible(By.id("sessions-table"));

        // A new date, typed in Japan time.
        visible(By.id("session-new")).click();
        driver.executeScript("document.getElementById('session-start').value = '2031-12-02T14:00';"
                + "document.getElementById('session-end').value = '2031-12-02T15:00';"
                + "document.getElementById('session-close').value = '2031-12-01T17:00';");
        driver.findElement(By.id("session-capacity")).clear();
        driver.findElement(By.id("session-capacity")).sendKeys("80");
        driver.findElement(By.id("session-url")).sendKeys("https://teams.example.jp/l/meetup-join/abc");
        screenshot("45-sessions-new");
        driver.findElement(By.id("session-save")).click();
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("sessions-table"), "2031年12月2日(火) 14:00〜15:00 JST"));
        assertTrue(driver.findElement(By.id("sessions-table")).getText().contains("0 / 80名"));
        show(By.id("sessions-table"));
        screenshot("46-sessions-list");

        // A bad change is explained, nothing is lost.
        visible(By.id("session-new")).click();
        driver.executeScript("document.getElementById('session-end').value = document.getElementById('session-start').value;");
        driver.findElement(By.id("session-save")).click();
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("session-form-error"), "終了日時は開始日時より後"));

        // Registrations of the session that started ten minutes ago, and the report.
        visible(By.cssSelector("#sessions-table tr[data-session-id='" + started + "'] .session-registrations")).click();
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("registrations-table"), "出席 花子"));
        show(By.id("registrations-table"));
        screenshot("47-sessions-registrations");
        String csv = "名前(元の名前),ユーザーメール,参加時刻,退出時刻,期間(分)\r\n"
                + "出席 花子," + email + "," + REPORT_TIME.format(start) + "," + REPORT_TIME.format(start.plusSeconds(50 * 60)) + ",50\r\n"
                + "外部 参加者,someone@example.org," + REPORT_TIME.format(start) + "," + REPORT_TIME.format(start.plusSeconds(600)) + ",10\r\n";
        Path file = Files.createTempFile("participants", ".csv");
        Files.write(file, csv.getBytes(java.nio.charset.Charset.forName("Shift_JIS")));
        driver.findElement(By.id("attendance-file")).sendKeys(file.toString());
        visible(By.id("import-check")).click();
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-summary"), "照合 1名、未照合 1件"));
        assertTrue(driver.findElement(By.id("import-unmatched")).getText().contains("someone@example.org"));
        screenshot("48-sessions-attendance-dry-run");
        visible(By.id("import-confirm")).click();
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-summary"), "取り込みました"));
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("registrations-table"), "50分(レポート)"));
        show(By.id("registrations-table"));
        screenshot("49-sessions-attendance-imported");
        assertTrue(learner.get(course.base()).json().getBoolean("completed"), "the learner's activity completed by attendance");
    }

    @Test
    void aManagerAppliesForANurseOfTheirHospitalOnTheSessionsPage() throws Exception {
        Organisation org = new Organisation();
        LiveCourse course = LiveCourses.create("ライブ講習 代理申込");
        String session = LiveCourses.schedule(course, Duration.ofDays(4), 10);

        startBrowser(1280, 900);
        logIn(org.managerA.email(), "/sessions.html?activity=" + course.activityId());
        visible(By.cssSelector("#sessions-table tr[data-session-id='" + session + "'] .session-registrations")).click();
        assertTrue(driver.findElements(By.id("session-new")).isEmpty(), "a manager does not schedule dates");
        assertTrue(driver.findElements(By.cssSelector(".session-edit")).isEmpty());
        visible(By.cssSelector("#staff-table tr[data-learner-id='" + org.nurseA.id() + "'] .staff-apply")).click();
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("sessions-notice"), "参加登録しました"));
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#staff-table tr[data-learner-id='" + org.nurseA.id() + "'] .staff-status"), "参加登録"));
        assertTrue(driver.findElement(By.id("registrations-table")).getText().contains("看護 花子"));
        show(By.id("staff-table"));
        screenshot("50-sessions-manager-applied");
        assertEquals("REGISTERED", org.nurseA.session().get(course.base()).json().getJsonArray("sessions").getJsonObject(0)
                .getString("myStatus"), "the nurse sees the place as hers");
    }
}
