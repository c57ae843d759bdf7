package satlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import satlab.engine.Activation;
import satlab.sim.Bias;
import satlab.sim.Cost;
import satlab.sim.Init;
import satlab.sim.InputDistribution;
import satlab.sim.NetworkConfig;
import satlab.sim.TrainConfig;
import satlab.sim.TrainText;

class LessonParserTest {

    private static final String LESSON = String.join("\n",
            "---",                              // 1
            "id: demo",                         // 2
            "title: \"Demo: a lesson\"",        // 3
            "order: 2",                         // 4
            "threshold: 4",                     // 5
            "---",                              // 6
            "Intro *text*.",                    // 7
            "",                                 // 8
            "## First step",                    // 9
            "A paragraph",                      // 10
            "that continues.",                  // 11
            "",                                 // 12
            "```plot",                          // 13
            "functions: sigmoid(z), max(z, 0)", // 14
            "mark: 2 * 5",                      // 15
            "```",                              // 16
            "",                                 // 17
            "```python",                        // 18
            "print('not a block')",             // 19
            "```",                              // 20
            "## Second step",                   // 21
            "```neuron",                        // 22
            "weights: 1000, 1000",              // 23
            "inputs: 1, -0.99",                 // 24
            "activation: tanh",                 // 25
            "```",                              // 26
            "```quiz",                          // 27
            "kind: choice",                     // 28
            "ask: Pick the one",                // 29
            "  that is right",                  // 30
            "- [ ] wrong // Not this one.",     // 31
            "- [x] right {1 + 1}",              // 32
            "```",                              // 33
            "");

    @Test
    void frontMatterAndSteps() {
        Lesson lesson = Fixtures.lesson(LESSON);
        assertThat(lesson.id()).isEqualTo("demo");
        assertThat(lesson.title()).isEqualTo("Demo: a lesson");
        assertThat(lesson.order()).hasValue(2);
        assertThat(lesson.threshold()).hasValue(4.0);
        assertThat(lesson.steps()).extracting(Step::title).containsExactly("Demo: a lesson", "First step", "Second step");
        assertThat(lesson.steps()).extracting(Step::line).containsExactly(7, 9, 21);
    }

    @Test
    void blocksKeepTheirLinesAndValues() {
        Lesson lesson = Fixtures.lesson(LESSON);
        List<Block> first = lesson.steps().get(1).blocks();
        assertThat(first).hasSize(3);
        assertThat(first.get(0)).isInstanceOf(Prose.class);
        assertThat(first.get(0).line()).isEqualTo(10);
        PlotBlock plot = (PlotBlock) first.get(1);
        assertThat(plot.line()).isEqualTo(13);
        assertThat(plot.functions()).containsExactly("sigmoid(z)", "max(z, 0)");
        assertThat(plot.from()).isEqualTo(-10);
        assertThat(plot.to()).isEqualTo(10);
        assertThat(plot.mark()).hasValue(10.0);
        assertThat(plot.layout()).isEqualTo(PlotBlock.Layout.STACKED);
        Prose code = (Prose) first.get(2);
        assertThat(code.paragraphs()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Paragraph.Kind.CODE);
            assertThat(p.plainText()).isEqualTo("print('not a block')");
        });
    }

    @Test
    void neuronValuesStaySourceText() {
        NeuronBlock neuron = (NeuronBlock) Fixtures.lesson(LESSON).steps().get(2).blocks().get(0);
        assertThat(neuron.weights()).isEqualTo("1000, 1000");
        assertThat(neuron.inputs()).isEqualTo("1, -0.99");
        assertThat(neuron.bias()).isEqualTo("0");
        assertThat(neuron.activation()).isEqualTo(Activation.TANH);
        assertThat(neuron.line()).isEqualTo(22);
    }

    /** The lesson's threshold is the sigmoid's; tanh = 2σ(2z) − 1 saturates at half the z. */
    @Test
    void neuronThresholdComesFromTheBlockTheLessonOrTheActivation() {
        assertThat(neuronThreshold("threshold: 4\n", "sigmoid", "")).isEqualTo(4.0);
        assertThat(neuronThreshold("threshold: 4\n", "tanh", "")).isEqualTo(2.0);
        assertThat(neuronThreshold("threshold: 4\n", "relu", "")).isEqualTo(0.0);
        assertThat(neuronThreshold("threshold: 4\n", "tanh", "threshold: 3\n")).isEqualTo(3.0);
        assertThat(neuronThreshold("", "sigmoid", "")).isEqualTo(5.0);
        assertThat(neuronThreshold("", "tanh", "")).isEqualTo(2.5);
    }

    private static double neuronThreshold(String lessonKey, String activation, String blockKey) {
        Lesson lesson = Fixtures.lesson("---\nid: n\ntitle: N\n" + lessonKey + "---\n```neuron\nweights: 1\ninputs: 1\n"
                + "activation: " + activation + "\n" + blockKey + "```\n");
        return ((NeuronBlock) lesson.steps().get(0).blocks().get(0)).threshold();
    }

    @Test
    void quizValueContinuesOnIndentedLinesAndOptionsCarryFeedback() {
        QuizBlock quiz = Fixtures.lesson(LESSON).quizzes().get(0);
        assertThat(quiz.line()).isEqualTo(27);
        assertThat(quiz.kind()).isEqualTo(QuizBlock.Kind.CHOICE);
        assertThat(quiz.ask()).isEqualTo("Pick the one that is right");
        assertThat(quiz.options()).containsExactly(
                new QuizBlock.Option("wrong", false, "Not this one."),
                new QuizBlock.Option("right {1 + 1}", true, ""));
        assertThat(quiz.threshold()).isEqualTo(4.0);
        assertThat(quiz.sourceText()).startsWith("kind: choice\n").endsWith("- [x] right {1 + 1}");
    }

    @Test
    void anErrorInAContinuationLinePointsIntoThatLine() {
        String text = "---\nid: c\ntitle: C\n---\n```quiz\nkind: number\nask: What is\n  {sqrt(}?\nanswer: 1\n```\n";
        assertThat(LessonParser.parse("c.md", text).diagnostics()).extracting(Diagnostic::toString)
                .singleElement().asString().startsWith("c.md:8:9: error: ");
    }

    @Test
    void aTemplateErrorPointsAtTheExpressionInsideTheBraces() {
        String text = "---\nid: c\ntitle: C\n---\n```quiz\nkind: yesno\nask: Is {dsigmoid(bogus)} small?\nanswer: yes\n```\n";
        assertThat(LessonParser.parse("c.md", text).diagnostics()).extracting(Diagnostic::toString)
                .containsExactly("c.md:7:19: error: unknown name 'bogus'");
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkDoNotShiftPositions() {
        String text = "\uFEFF---\r\nid: w\r\ntitle: W\r\n---\r\n```plot\r\nfrom: 1 +\r\n```\r\n";
        assertThat(LessonParser.parse("w.md", text).diagnostics()).extracting(Diagnostic::toString)
                .singleElement().asString().startsWith("w.md:6:10: error: ");
    }

    @Test
    void aLessonWithOnlyFrontMatterIsAnError() {
        assertThat(LessonParser.parse("e.md", "---\nid: e\ntitle: E\n---\n").diagnostics())
                .extracting(Diagnostic::toString)
                .containsExactly("e.md:4:1: error: lesson has no content: add text, or '## Step title' headings with text under them");
    }

    @Test
    void fencedBlocksInsideAStepStayInOrder() {
        Lesson lesson = Fixtures.lesson("---\nid: o\ntitle: O\n---\n## S\nBefore.\n```quiz\nkind: yesno\nask: Q?\nanswer: no\n```\nAfter.\n");
        assertThat(lesson.steps().get(0).blocks()).extracting(b -> b.getClass().getSimpleName())
                .containsExactly("Prose", "QuizBlock", "Prose");
        assertThat(lesson.steps().get(0).blocks()).extracting(Block::line).containsExactly(6, 7, 12);
    }

    private static Block onlyBlock(String lessonKeys, String block) {
        return Fixtures.lesson("---\nid: b\ntitle: B\n" + lessonKeys + "---\n" + block).steps().get(0).blocks().get(0);
    }

    @Test
    void aNetworkBlockReadsItsValuesAsTheCommandLineDoes() {
        NetworkBlock b = (NetworkBlock) onlyBlock("", "```network\nlayers: 1\ninputs: 1000\nwidth: 100\n"
                + "input: binary:0.5\ninit: normal:1\nbias: normal:1\nseed: 7\n```\n");
        NetworkConfig c = b.config();
        assertThat(c.layers()).isEqualTo(1);
        assertThat(c.inputs()).isEqualTo(1000);
        assertThat(c.width()).isEqualTo(100);
        assertThat(c.input()).isEqualTo(new InputDistribution.Binary(0.5));
        assertThat(c.init()).isEqualTo(new Init.Normal(1));
        assertThat(c.bias()).isEqualTo(new Bias(1));
        assertThat(c.seed()).isEqualTo(7);
        assertThat(b.line()).isEqualTo(5);
    }

    @Test
    void aNetworkBlockDefaultsToTheCommandLinesDefaultsWithInputsFollowingTheWidth() {
        NetworkConfig c = ((NetworkBlock) onlyBlock("", "```network\nwidth: 300\ninit: xavier\n```\n")).config();
        assertThat(c.inputs()).isEqualTo(300);
        assertThat(c.layers()).isEqualTo(NetworkConfig.defaults().layers());
        assertThat(c.init()).isEqualTo(new Init.Xavier());
        assertThat(c.saturationThreshold()).isEqualTo(5.0);
    }

    @Test
    void aNetworkBlockTakesTheLessonsThresholdHalvedForTanh() {
        NetworkConfig sigmoid = ((NetworkBlock) onlyBlock("threshold: 4\n", "```network\n```\n")).config();
        NetworkConfig tanh = ((NetworkBlock) onlyBlock("threshold: 4\n", "```network\nactivation: tanh\n```\n")).config();
        NetworkConfig own = ((NetworkBlock) onlyBlock("threshold: 4\n", "```network\nthreshold: 3\n```\n")).config();
        NetworkConfig relu = ((NetworkBlock) onlyBlock("threshold: 4\n", "```network\nactivation: relu\n```\n")).config();
        assertThat(sigmoid.saturationThreshold()).isEqualTo(4.0);
        assertThat(tanh.saturationThreshold()).isEqualTo(2.0);
        assertThat(own.saturationThreshold()).isEqualTo(3.0);
        assertThat(relu.saturationThreshold()).isEqualTo(0.0);
    }

    @Test
    void aTrainBlockRacesEveryStartWithEveryCost() {
        TrainBlock starts = (TrainBlock) onlyBlock("", "```train\nstart: 2, 2\nstart: 0.6, 0.9\nepochs: 150\n```\n");
        assertThat(starts.runs()).extracting(TrainConfig::w, TrainConfig::b, TrainConfig::cost, TrainConfig::epochs)
                .containsExactly(tuple(2.0, 2.0, Cost.QUADRATIC, 150), tuple(0.6, 0.9, Cost.QUADRATIC, 150));
        TrainBlock costs = (TrainBlock) onlyBlock("", "```train\ncost: quadratic, cross-entropy\neta: 0.3\nchart: cost\n```\n");
        assertThat(costs.runs()).extracting(TrainConfig::w, TrainConfig::b, TrainConfig::cost)
                .containsExactly(tuple(2.0, 2.0, Cost.QUADRATIC), tuple(2.0, 2.0, Cost.CROSS_ENTROPY));
        assertThat(costs.runs()).allSatisfy(r -> {
            assertThat(r.eta()).isEqualTo(0.3);
            assertThat(r.x()).isEqualTo(1.0);
            assertThat(r.y()).isEqualTo(0.0);
            assertThat(r.epochs()).isEqualTo(300);
        });
        assertThat(costs.chart()).isEqualTo(TrainText.Quantity.COST);
    }

    @Test
    void aBinaryFileGetsTwentyControlCharacterErrorsAndACountNotAMillion() {
        String text = "---\nid: bin\ntitle: Bin\n---\n" + "x\u0000y\u0001\n".repeat(30);
        List<Diagnostic> ds = LessonParser.parse("bin.md", text).diagnostics();
        assertThat(ds).hasSize(21);
        assertThat(ds.get(0).toString()).isEqualTo("bin.md:5:2: error: U+0000 (NUL) cannot be shown on a terminal: delete it");
        assertThat(ds.get(1).toString()).isEqualTo("bin.md:5:4: error: U+0001 (control character) cannot be shown on a terminal: delete it");
        assertThat(ds.get(20).toString()).isEqualTo("bin.md:15:1: error: control characters on 20 more lines from here on"
                + " (only the first 20 are listed): is this a text file?");
    }

    @Test
    void parsingIsLinearInLongLinesOfMarkdownPunctuationAndContinuations() {
        // Each of these once overflowed the stack or grew with the square of its size; the
        // figures are in bench/parse, the test only keeps the shapes working.
        for (String c : List.of("-", "*", "_", "#", "`", "[")) {
            String text = "---\nid: runs\ntitle: Runs\n---\n## Step " + c.repeat(50_000) + " end" + "\n\n" + c.repeat(50_000) + "\n";
            List<Diagnostic> ds = LessonParser.parse("runs.md", text).diagnostics();
            if (c.equals("`")) {
                assertThat(ds).extracting(Diagnostic::toString).containsExactly("runs.md:7:1: error: code block opened"
                        + " on line 7 is not closed: add a line with 50000 ` characters after its last line (as it is,"
                        + " it runs to the end of the file)");
            } else {
                assertThat(ds).noneMatch(Diagnostic::isError);
            }
        }
        String continued = "---\nid: long\ntitle: Long\n---\n```neuron\nweights: 1,\n" + "  1,\n".repeat(20_000)
                + "  1\ninputs: 1\n```\n";
        assertThat(LessonParser.parse("long.md", continued).diagnostics()).extracting(Diagnostic::toString)
                .containsExactly("long.md:20008:9: error: 'inputs' has 1 entry but 'weights' has 20002 entries:"
                        + " give one input per weight");
    }
}
