package jp.medsec.lms.web.ui;

import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.Organisation;
import jp.medsec.lms.web.support.Videos;
import jp.medsec.lms.web.support.Videos.VideoCourse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Learners watch the 8-second test video in Chromium (Japanese UI, a phone's width): one plays it to the end and
 * the activity completes (and the live session it records); one jumps to near the end and does not complete; one
 * meets a video whose file is missing and reads why instead of a blank player. A trainer uploads a video on the
 * media page and sees its id.
 */
class VideoPageIT extends BrowserTest {

    private static VideoCourse course;

    @BeforeAll
    static void course() {
        HttpSession trainer = new Organisation().trainer.session();
        course = Videos.course("アーカイブ動画の講習", Videos.uploadVideo(trainer), Videos.uploadSubtitles(trainer));
    }

    private String learner(String name, VideoCourse c, HttpSession api) {
        String email = api.registerLearner(name).getString("email");
        assertEquals(201, api.post("/api/courses/" + c.courseId() + "/enrolment", "{}").status());
        return email;
    }

    private WebElement openPlayer(String email, VideoCourse c) throws Exception {
        startBrowser(412, 900); // a phone
        logIn(email, "/lesson.html?course=" + c.courseId() + "&activity=" + c.videoActivityId());
        WebElement video = visible(By.id("video-player"));
        waitUpTo(15).until(d -> Boolean.TRUE.equals(driver.executeScript("return arguments[0].readyState >= 1", video)));
        return video;
    }

    /** A real click on the player (a user gesture, which the autoplay policy wants), then wait for it to play. */
    private void clickPlay(WebElement video) {
        video.click();
        waitUpTo(10).until(d -> Boolean.FALSE.equals(driver.executeScript("return arguments[0].paused", video)));
    }

    @Test
    void watchingToTheEndCompletesTheActivity() throws Exception {
        HttpSession api = new HttpSession();
        String email = learner("看護 視聴子", course, api);
        WebElement video = openPlayer(email, course);
        assertTrue(driver.findElement(By.id("video-progress")).getText().contains("視聴済み 0%"));
        // The Japanese subtitles are on (the page's language) and loaded through the API.
        waitUpTo(10).until(d -> Long.valueOf(2).equals(driver.executeScript(
                "const t = arguments[0].textTracks[0]; return t && t.mode === 'showing' && t.cues ? t.cues.length : -1", video)));
        screenshot("60-video-before");
        clickPlay(video);
        WebElement done = waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("video-complete")));
        assertTrue(done.getText().contains("この動画を修了しました"), done.getText());
        // Played from the start to the end: the whole video (a browser's first frame may be a frame late: 99 %).
        assertTrue(done.getText().matches("(?s).*動画の(99|100)%を視聴しました.*"), done.getText());
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", done);
        screenshot("61-video-complete");
        assertTrue(api.get(course.video()).json().getBoolean("completed"));
        assertTrue(api.get(course.live()).json().getBoolean("completed"), "the live session completes through its recording");
    }

    @Test
    void jumpingToNearTheEndDoesNotComplete() throws Exception {
        HttpSession api = new HttpSession();
        String email = learner("事務 早送り", course, api);
        WebElement video = openPlayer(email, course);
        // The learner drags the position to 7 s (the same seek the slider does) and plays the rest.
        driver.executeScript("arguments[0].currentTime = 7", video);
        waitUpTo(10).until(d -> Boolean.FALSE.equals(driver.executeScript("return arguments[0].seeking", video)));
        clickPlay(video);
        waitUpTo(15).until(d -> Boolean.TRUE.equals(driver.executeScript("return arguments[0].ended", video)));
        WebElement reason = waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("video-reason")));
        assertTrue(reason.getText().contains("動画の視聴は12%です"), reason.getText());
        assertTrue(driver.findElements(By.id("video-complete")).isEmpty());
        screenshot("62-video-skipped-ahead");
        assertFalse(api.get(course.video()).json().getBoolean("completed"));
        assertFalse(api.get(course.live()).json().getBoolean("completed"));
    }

    @Test
    void aMissingFileIsExplainedNotABlankPlayer() throws Exception {
        HttpSession trainer = new Organisation().trainer.session();
        String id = Videos.uploadVideo(trainer);
        VideoCourse broken = Videos.course("ファイルのない動画", id, null);
        Files.delete(Path.of("target/it-data/media", id + ".webm"));
        HttpSession api = new HttpSession();
        String email = learner("欠落 確認子", broken, api);
        startBrowser(412, 900);
        logIn(email, "/lesson.html?course=" + broken.courseId() + "&activity=" + broken.videoActivityId());
        WebElement error = visible(By.id("video-error"));
        assertTrue(error.getText().contains("動画のファイルがサーバーに見つかりません"), error.getText());
        screenshot("63-video-missing-file");
    }

    @Test
    void aTrainerUploadsAVideoAndSeesItsId() throws Exception {
        Organisation org = new Organisation();
        startBrowser(1280, 900);
        logIn(org.trainer.email(), "/media.html");
        visible(By.id("video-file"));
        Path file = Files.createTempFile("研修動画", ".webm");
        Files.write(file, Videos.video());
        driver.findElement(By.id("video-file")).sendKeys(file.toString());
        driver.findElement(By.id("video-upload")).click();
        WebElement result = waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#video-result.alert-success")));
        assertTrue(result.getText().contains("アップロードしました。ID:"), result.getText());
        assertTrue(result.getText().contains("{\"source\":{\"file\":\""), result.getText());
        // Refused: not a video, with the reason in Japanese.
        Path text = Files.createTempFile("notes", ".mp4");
        Files.writeString(text, "これは動画ではありません");
        driver.findElement(By.id("video-file")).sendKeys(text.toString());
        driver.findElement(By.id("video-upload")).click();
        WebElement refused = waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#video-result.alert-error")));
        assertTrue(refused.getText().contains("MP4またはWebM形式の動画ファイルではありません"), refused.getText());
        screenshot("64-media-page");
    }
}
