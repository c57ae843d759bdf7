package satlab.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import satlab.cli.ServeCommand;
import satlab.lesson.CourseLoader;
import satlab.store.SafeStore;
import satlab.store.Store;
import satlab.tui.Lessons;

/** The real tutor, as `satlab serve` runs it, over MINA SSH clients. */
class TutorOverSshTest {
    @TempDir Path dir;
    LabFixture lab;
    Store store;

    @AfterEach
    void close() throws Exception {
        if (lab != null) lab.close();
        if (store != null) store.close();
    }

    LabFixture tutorLab() throws Exception {
        Lessons course = Lessons.of(CourseLoader.bundled());
        store = SafeStore.open(dir.resolve("satlab.db"));
        lab = new LabFixture(dir, new ServerConfig.Auth.Open(), ServerConfig.Limits.defaults(),
                ServeCommand.appFor(course, store, () -> course));
        return lab;
    }

    @Test
    void aPtySessionSeesTheCourseMenuAndAWindowChangeReLaysItOut() throws Exception {
        tutorLab();
        LabFixture.Shell shell = lab.shell(lab.connect("alice"), 80, 24);
        shell.screen().await("The sigmoid and its gradient");
        shell.channel().sendWindowChange(40, 12);
        assertThat(shell.screen().await("terminal too small")).doesNotContain("The sigmoid and its gradient");
        shell.channel().sendWindowChange(100, 30);
        assertThat(shell.screen().await("The sigmoid and its gradient")).doesNotContain("terminal too small");
    }

    @Test
    void eachLearnersProgressIsSavedUnderTheirSshName() throws Exception {
        tutorLab();
        LabFixture.Shell shell = lab.shell(lab.connect("alice"), 80, 24);
        shell.screen().await("The sigmoid and its gradient");
        shell.type("\r");
        shell.screen().await("step 1/");
        shell.type("q");
        assertThat(shell.awaitClosed(LabFixture.WAIT)).isTrue();
        assertThat(store.lastLesson("alice")).contains("sigmoid");
        assertThat(store.lastLesson("bob")).isEmpty();
    }

    @Test
    void aPasteTooLongForAnyFieldIsCutAndTheLearnerIsToldSo() throws Exception {
        tutorLab();
        LabFixture.Shell shell = lab.shell(lab.connect("alice"), 80, 24);
        shell.screen().await("The sigmoid and its gradient");
        shell.type("e"); // the free explorer: a field takes what survives of the paste
        shell.screen().await("explorer");
        shell.type("\r" + "1".repeat(64 * 1024));
        String screen = shell.screen().await("your paste was cut");
        assertThat(screen.replaceAll("\\s+", " ")).contains("bytes were kept");
        assertThat(lab.awaitLog("paste-cut user=alice")).contains("dropped=");
    }

    @Test
    void aClientThatClosesOnlyItsChannelEndsTheTutor() throws Exception {
        // OpenSSH's connection sharing (ControlMaster) keeps the connection and closes the channel.
        tutorLab();
        org.apache.sshd.client.session.ClientSession session = lab.connect("alice");
        LabFixture.Shell shell = lab.shell(session, 80, 24);
        shell.screen().await("The sigmoid and its gradient");
        shell.channel().close(false);
        // The tutor may read the channel's end of input (reason=quit) before the server's stop
        // (reason=disconnected) reaches it: either way it ends and its slot is free.
        lab.awaitLog("session-end user=alice");
        assertThat(lab.awaitActiveSessionsAtMost(0)).isZero();
        assertThat(session.isOpen()).isTrue();
    }

    @Test
    void serverShutdownEndsTheTutorAndSaysSo() throws Exception {
        tutorLab();
        LabFixture.Shell shell = lab.shell(lab.connect("alice"), 80, 24);
        shell.screen().await("The sigmoid and its gradient");
        lab.server.stop();
        // The notice is drawn before the channel closes; the client's screen may take it in a moment later.
        assertThat(shell.screen().await("the lab server is shutting down")).contains("the lab server is shutting down");
        assertThat(shell.awaitClosed(LabFixture.WAIT)).isTrue();
        assertThat(lab.log()).contains("reason=server_shutdown").doesNotContain("crashed");
    }
}
