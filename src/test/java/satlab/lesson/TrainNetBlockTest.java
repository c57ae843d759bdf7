package satlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import satlab.sim.Cost;
import satlab.sim.DataKind;
import satlab.sim.Init;
import satlab.sim.TrainNetText;

/** The train-net block: its keys as the command line's options, checked where they stand. */
class TrainNetBlockTest {

    @Test
    void theFixtureLessonBuildsBothComparisons() {
        Lesson l = Fixtures.lesson(Fixtures.read(Fixtures.RESOURCES.resolve("training/cure.md")));
        List<TrainNetBlock> blocks = l.steps().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof TrainNetBlock).map(b -> (TrainNetBlock) b).toList();
        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(2).runs().get(1).scale()).isEqualTo(1);
        TrainNetBlock cost = blocks.get(0);
        assertThat(cost.runs()).hasSize(2);
        assertThat(cost.runs().get(0).data()).isEqualTo(DataKind.XOR);
        assertThat(cost.runs().get(0).scale()).isEqualTo(4);
        assertThat(cost.runs().get(0).cost()).isEqualTo(Cost.QUADRATIC);
        assertThat(cost.runs().get(1).cost()).isEqualTo(Cost.CROSS_ENTROPY);
        assertThat(cost.runs().get(1).withCost(Cost.QUADRATIC)).isEqualTo(cost.runs().get(0));
        assertThat(cost.chart()).isEqualTo(TrainNetText.Quantity.ACCURACY);
        TrainNetBlock init = blocks.get(1);
        assertThat(init.runs().get(1).init()).isEqualTo(new Init.Xavier());
        assertThat(init.chart()).isEqualTo(TrainNetText.Quantity.ACCURACY);
    }

    @Test
    void everyBadValueIsReportedAtItsLineAndColumn() {
        LessonParser.Result r = LessonParser.parse("bad.md",
                Fixtures.read(Fixtures.RESOURCES.resolve("malformed/train-net.md")));
        List<String> d = r.diagnostics().stream().map(Object::toString).toList();
        assertThat(r.lesson()).isEmpty();
        assertThat(d).anyMatch(s -> s.contains("bad.md:6:7: error: unknown data set 'moons'"));
        assertThat(d).anyMatch(s -> s.contains("bad.md:7:9: error: layers must be between 1 and 10, got 40"));
        assertThat(d).anyMatch(s -> s.contains("bad.md:8:8: error: scale must be above 0"));
        assertThat(d).anyMatch(s -> s.contains("bad.md:9:10: error: compare can change"));
        assertThat(d).anyMatch(s -> s.contains("bad.md:10:8: error: unknown chart 'speed'"));
        assertThat(d).anyMatch(s -> s.contains("bad.md:13:4: error: train-net block asks for")
                && s.contains("use fewer epochs"));
    }

    @Test
    void unknownKeysAndAThresholdForReluAreErrors() {
        LessonParser.Result r = LessonParser.parse("t.md", "---\nid: t\ntitle: T\n---\n```train-net\n"
                + "activation: relu\nthreshold: 3\nspeed: 2\n```\n");
        List<String> d = r.diagnostics().stream().map(Object::toString).toList();
        assertThat(d).anyMatch(s -> s.contains("t.md:8:1: error: unknown key 'speed' in a train-net block"));
        assertThat(d).anyMatch(s -> s.contains("t.md:7:12: error: threshold applies to sigmoid and tanh"));
    }
}
