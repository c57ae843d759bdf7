package satlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import satlab.sim.Init;
import satlab.sim.InputDistribution;
import satlab.sim.LayerStats;
import satlab.sim.Network;
import satlab.sim.NetworkConfig;
import satlab.sim.NetworkResult;

/**
 * Every figure the bundled lessons print outside a template, recomputed: with
 * plain {@link Math} for the sigmoid, Nielsen's neuron and the variance formulas
 * (the values agree with /work/shared/reference/saturation-facts.md), and with the
 * layer-stack simulation for what a lesson says its lab shows. A decimal number
 * or percentage in a lesson's text, hints, explanations or options that is
 * neither checked here nor listed as one of the lesson's given values fails the
 * test, so a new figure cannot slip in unchecked.
 */
class CourseFiguresTest {

    /** A figure as printed, and the value it must round to (within tolerance). */
    private record Figure(String text, double value, double tolerance) {}

    private final Map<String, List<Figure>> figures = new LinkedHashMap<>();
    private final Map<String, Set<String>> givens = new LinkedHashMap<>();

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double slope(double z) {
        double e = Math.exp(-Math.abs(z));
        return e / ((1 + e) * (1 + e));
    }

    private static double percentOfPeak(double z) {
        return 100 * slope(z) / 0.25;
    }

    /** P(|z| > t) for z ~ N(0, sd²). */
    private static double tail(double t, double sd) {
        return 2 * (1 - phi(t / sd));
    }

    /** The standard normal CDF (Abramowitz and Stegun 26.2.17, error below 7.5e-8). */
    private static double phi(double x) {
        if (x < 0) return 1 - phi(-x);
        double t = 1 / (1 + 0.2316419 * x);
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return 1 - Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) * poly;
    }

    /** The first epoch at which Nielsen's neuron (x = 1, y = 0, η = 0.15) outputs below 0.5. */
    private static int epochBelowHalf(double w, double b, boolean crossEntropy) {
        for (int epoch = 0; epoch < 10_000; epoch++) {
            double a = sigmoid(w + b);
            if (a < 0.5) return epoch;
            double g = crossEntropy ? a : a * a * (1 - a);
            w -= 0.15 * g;
            b -= 0.15 * g;
        }
        return -1;
    }

    private void fig(String lesson, String text, double value, double tolerance) {
        figures.computeIfAbsent(lesson, k -> new ArrayList<>()).add(new Figure(text, value, tolerance));
    }

    /** Printed to its last digit: the value must round to it. */
    private void fig(String lesson, String text, double value) {
        fig(lesson, text, value, halfUnit(text));
    }

    private void given(String lesson, String... numbers) {
        for (String n : numbers) givens.computeIfAbsent(lesson, k -> new LinkedHashSet<>()).add(n.replaceAll("\\s", ""));
    }

    private static double halfUnit(String text) {
        String n = number(text);
        int e = n.indexOf('e');
        String mantissa = e < 0 ? n : n.substring(0, e);
        int exponent = e < 0 ? 0 : Integer.parseInt(n.substring(e + 1));
        int dot = mantissa.indexOf('.');
        int decimals = dot < 0 ? 0 : mantissa.length() - dot - 1;
        return 0.5 * Math.pow(10, exponent - decimals) * (1 + 1e-9);
    }

    /** The figure a text prints: its last number ("σ(2) ≈ 0.881" prints 0.881; "5 500" is 5500). */
    private static String number(String text) {
        Matcher m = Pattern.compile("-?[0-9]+(\\.[0-9]+)?(e-?[0-9]+)?").matcher(text.replaceAll("(\\d) (\\d{3})", "$1$2"));
        String last = null;
        while (m.find()) last = m.group();
        if (last == null) throw new AssertionError("no number in " + text);
        return last;
    }

    private static NetworkResult net(NetworkConfig c) {
        return Network.run(c);
    }

    private void figures() {
        // 01: the curve and its slope.
        given("sigmoid", "0.5", "0.9");
        fig("sigmoid", "σ(2) ≈ 0.881", sigmoid(2));
        fig("sigmoid", "σ(−2) ≈ 0.119", sigmoid(-2));
        fig("sigmoid", "**0.25**", slope(0));
        fig("sigmoid", "σ'(2) ≈ 0.105", slope(2));
        fig("sigmoid", "σ'(5) ≈ 0.00665", slope(5));
        fig("sigmoid", "a = 0.99995", sigmoid(10));
        fig("sigmoid", "a · (1 − a) = 0.0000454", slope(10));

        // 02: saturation and thresholds.
        given("saturation", "0.25", "100 %", "0.01", "0.99", "10 %");
        fig("saturation", "σ(5) = 0.99331", sigmoid(5));
        fig("saturation", "σ(10) = 0.99995", sigmoid(10));
        fig("saturation", "less than 0.007", 0.007, 0.007 - (sigmoid(10) - sigmoid(5)));
        fig("saturation", "2     0.105     42.0 %", percentOfPeak(2), 0.05);
        fig("saturation", "0.105", slope(2));
        fig("saturation", "0.0177", slope(4));
        fig("saturation", "7.07 %", percentOfPeak(4));
        fig("saturation", "0.00665", slope(5));
        fig("saturation", "2.66 %", percentOfPeak(5));
        fig("saturation", "4.54e-5", slope(10));
        fig("saturation", "0.0182 %", percentOfPeak(10));
        fig("saturation", "under 2.7 %", 2.7, 2.7 - percentOfPeak(5));
        fig("saturation", "|z| > 4.595", Math.log(0.99 / 0.01));
        // σ(1 − σ) = 0.025 at σ = (1 + √0.9) / 2.
        double tenPercent = (1 + Math.sqrt(0.9)) / 2;
        fig("saturation", "|z| > 3.64", Math.log(tenPercent / (1 - tenPercent)));
        assertThat(percentOfPeak(Math.log(tenPercent / (1 - tenPercent)))).isCloseTo(10,
                org.assertj.core.data.Offset.offset(1e-9));
        fig("saturation", "(0.987 %)", percentOfPeak(6));
        fig("saturation", "0.0266", 0.00665 / 0.25);
        fig("saturation", "σ(−5) = 0.00669", sigmoid(-5));

        // 03: the weighted sum.
        given("weighted-sum", "0.5", "0.3", "0.8", "0.9", "0.2", "0.6", "0.1", "0.05", "0.03", "0.08");
        fig("weighted-sum", "0.45", 0.5 * 0.9);
        fig("weighted-sum", "− 0.06", 0.3 * 0.2);
        fig("weighted-sum", "+ 0.48", 0.8 * 0.6);
        fig("weighted-sum", "= 0.97", 0.45 - 0.06 + 0.48 + 0.1);
        fig("weighted-sum", "z = 4.5", 5 * 0.9);
        fig("weighted-sum", "4.8", 8 * 0.6);
        fig("weighted-sum", "= 8.8", 4.5 - 0.6 + 4.8 + 0.1);
        fig("weighted-sum", "about 0.06 %", percentOfPeak(8.8));
        fig("weighted-sum", "0.87", 0.45 - 0.06 + 0.48);

        // 04: cancellation.
        given("cancel", "0.99", "0.98", "1.00", "1.01", "0.01");
        fig("cancel", "σ(10) = 0.99995", sigmoid(10));
        fig("cancel", "σ'(10) = 4.54e-5", slope(10));
        fig("cancel", "0.0182 %", percentOfPeak(10));
        fig("cancel", "0.25", slope(0));
        fig("cancel", "−0.98    20", 1000 - 980);
        fig("cancel", "under 0.005", 0.005, 1e-12); // 1000 · 0.005 = 5, the threshold
        fig("cancel", "within 0.005", 5 / 1000.0, 1e-12);

        // 05: Nielsen's slowdown.
        given("slow-learning", "0.15", "0.6", "0.9", "0.25", "0.5");
        fig("slow-learning", "if σ'(z) is 4.54e-5", slope(10));
        fig("slow-learning", "about 5 500 times", 0.25 / slope(10), 10);
        fig("slow-learning", "z = 1.5, output 0.82", sigmoid(1.5));
        fig("slow-learning", "z = 4, output 0.98", sigmoid(4));
        fig("slow-learning", "still at about 0.93", CourseOracle.nielsenOutput(2, 2, 0.15, 150));
        fig("slow-learning", "1.5   0.8176", sigmoid(1.5));
        fig("slow-learning", "0.1491", slope(1.5));
        fig("slow-learning", "0.1219", sigmoid(1.5) * slope(1.5));
        fig("slow-learning", "0.9820", sigmoid(4));
        fig("slow-learning", "0.0177", slope(4));
        fig("slow-learning", "0.0173", sigmoid(4) * slope(4));
        fig("slow-learning", "0.0000454", 4.54e-5);
        fig("slow-learning", "below 0.5 by\nepoch 36", epochBelowHalf(0.6, 0.9, false), 0);
        fig("slow-learning", "by epoch 17", epochBelowHalf(2, 2, true), 0);
        fig("slow-learning", "until\nepoch 232", epochBelowHalf(2, 2, false), 0);
        assertThat(slope(1.5) / slope(4)).as("over 8 times smaller").isGreaterThan(8);
        assertThat(Math.round(sigmoid(1.5) * slope(1.5) / (sigmoid(4) * slope(4)))).as("7 times").isEqualTo(7);

        // 06: centring, in the lab's own numbers (seed 1, as the lesson's blocks).
        given("positive-inputs", "0.5", "0.25", "1.7159", "2.5", "0.04", "1 %");
        NetworkConfig layer = NetworkConfig.defaults().withLayers(1);
        NetworkConfig centredInputs = layer.withInput(new InputDistribution.Uniform(-0.5, 0.5));
        LayerStats raw = net(layer).layer(1);
        LayerStats centred = net(centredInputs).layer(1);
        fig("positive-inputs", "1/12 ≈ 0.083", 1.0 / 12);
        fig("positive-inputs", "100 · 1 · (0.083", raw.inputVariance());
        fig("positive-inputs", "an sd of\n5.77", raw.predictedZSd());
        fig("positive-inputs", "about 37 %", 100 * raw.saturated());
        fig("positive-inputs", "instead of 37 %", 100 * raw.saturated());
        assertThat(tail(5, Math.sqrt(100 / 3.0))).as("the normal approximation agrees").isBetween(0.37, 0.4);
        fig("positive-inputs", "z is 2.89", centred.predictedZSd());
        fig("positive-inputs", "about 9 %", 100 * centred.saturated());
        fig("positive-inputs", "from 5774", net(layer.withInit(new Init.Normal(1000))).layer(1).predictedZSd());
        fig("positive-inputs", "to 2887", net(centredInputs.withInit(new Init.Normal(1000))).layer(1).predictedZSd());
        fig("positive-inputs", "99.9 %", 100 * tail(5, 2887.0), 0.05);
        assertThat(net(centredInputs.withInit(new Init.Normal(1000))).layer(1).saturated()).isGreaterThan(0.998);
        NetworkResult xavier = net(NetworkConfig.defaults().withInit(new Init.Xavier()));
        fig("positive-inputs", "94 %", 100 * xavier.layer(2).meanShare());
        for (int l = 3; l <= 5; l++) assertThat(xavier.layer(l).meanShare()).isBetween(0.94, 0.97);
        NetworkResult deepCentred = net(NetworkConfig.defaults().withInput(new InputDistribution.Uniform(-0.5, 0.5))
                .withCentred(true));
        NetworkResult deepRaw = net(NetworkConfig.defaults());
        fig("positive-inputs", "about 20 %", 100 * deepCentred.layer(5).saturated());
        for (int l = 2; l <= 5; l++) {
            assertThat(deepCentred.layer(l).saturated()).as("layer " + l).isBetween(0.17, 0.21);
            assertThat(deepRaw.layer(l).saturated()).as("layer " + l).isBetween(0.385, 0.465);
        }
        fig("positive-inputs", "39 to 46 %", 46, 0.5);
        fig("positive-inputs", "same 2.66 %", percentOfPeak(5));
        assertThat(1 - Math.pow(Math.tanh(2.5), 2)).isCloseTo(4 * slope(5), org.assertj.core.data.Offset.offset(1e-15));
        fig("positive-inputs", "tanh(3) ≈ 0.99505", Math.tanh(3));
        assertThat(1 - Math.pow(Math.tanh(3), 2)).as("under 1 % of tanh's peak").isLessThan(0.01);

        // 07: initialisation and depth.
        // "Train both": the training lab's outcomes, pinned by TrainNetLabTest and the MLP tests.
        given("initialisation", "1.96", "5 %", "0.44", "0.25", "0.5", "1.5", "50 %", "90 %");
        fig("initialisation", "≈ 5.77", Math.sqrt(100 / 3.0));
        fig("initialisation", "about 5 % saturated", 100 * net(layer.withInit(new Init.Normal(0.44))).layer(1).saturated(),
                0.5);
        assertThat(tail(5, 0.44 * Math.sqrt(100 / 3.0))).isCloseTo(0.05, org.assertj.core.data.Offset.offset(0.002));
        assertThat(5 / 1.96 / Math.sqrt(100 / 3.0)).isCloseTo(0.44, org.assertj.core.data.Offset.offset(0.002));
        fig("initialisation", "√501 ≈ 22.4", Math.sqrt(501));
        fig("initialisation", "z = 22.4", Math.sqrt(501));
        fig("initialisation", "≈ 0.823", tail(5, Math.sqrt(501)));
        fig("initialisation", "about 82 %", 100 * tail(5, Math.sqrt(501)));
        fig("initialisation", "deviation ≈ 1.22", Math.sqrt(1.5));
        fig("initialisation", "≈ 4.46e-5", tail(5, Math.sqrt(1.5)), 0.01e-5);
        double most = 0;
        for (LayerStats s : deepRaw.layers()) {
            assertThat(s.saturated()).isGreaterThanOrEqualTo(0.374);
            most = Math.max(most, s.saturated());
        }
        fig("initialisation", "37 to 46 %", 100 * most, 0.5);
        fig("initialisation", "about 0.24", xavier.layer(2).gain(), 0.01);
        for (int l = 1; l <= 4; l++) assertThat(xavier.layer(l).gain()).isBetween(0.225, 0.245);
        fig("initialisation", "under 0.004", 0.004, 0.004 - Math.pow(0.25, 4));
        fig("initialisation", "under 0.0067", 0.0067, 0.0067 - slope(5));
        NetworkResult thousand = net(NetworkConfig.defaults().withInit(new Init.Normal(1000)));
        for (LayerStats s : thousand.layers()) {
            fig("initialisation", "About 99.9 %", 100 * s.saturated(), 0.05);
        }
        fig("initialisation", "(4.0,", thousand.layer(1).gain());
        fig("initialisation", "2.4e-16", thousand.layer(2).gain());
        fig("initialisation", "7.2e-10", thousand.layer(3).gain());
        fig("initialisation", "4.4)", thousand.layer(4).gain());
        fig("initialisation", "about 2e-24", thousand.layer(1).weightGradientRms() / thousand.top().weightGradientRms());
        fig("initialisation", "about 32 %", 100 * tail(5, 5));

        // 08: the review's fixed figures and the ten-layer lab.
        given("review", "0.25", "2.5", "0.5", "0.3", "0.8", "0.9", "0.2", "0.6", "0.87", "0.99");
        NetworkResult ten = net(NetworkConfig.defaults().withLayers(10).withInit(new Init.Xavier()));
        fig("review", "about 0.24", ten.layer(5).gain(), 0.01);
        fig("review", "far from 0.93", Math.pow(0.5, 1.0 / 9));
        fig("review", "0.24⁹ ≈ 3e-6", Math.pow(0.24, 9));
        fig("review", "about 2.5e-6", ten.layer(1).weightGradientRms() / ten.top().weightGradientRms());
        NetworkResult tenTanh = net(NetworkConfig.defaults().withLayers(10).withInit(new Init.Xavier())
                .withActivation(satlab.engine.Activation.TANH));
        double logs = 0;
        for (int l = 1; l < 10; l++) logs += Math.log(tenTanh.layer(l).gain());
        fig("review", "(about 0.9)", Math.exp(logs / 9));
    }

    /** A lesson's text as a learner reads it, with each quiz's fixed wording (templates removed). */
    private static String readable(String file) {
        String s = Fixtures.read(Fixtures.COURSE.resolve(file));
        s = s.substring(s.indexOf("---", 3) + 3);
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("```([\\w-]*)\\n(.*?)```", Pattern.DOTALL).matcher(s);
        int last = 0;
        while (m.find()) {
            out.append(s, last, m.start());
            if (m.group(1).isEmpty()) out.append(m.group(2));
            if (m.group(1).equals("quiz")) {
                for (String line : m.group(2).split("\n")) {
                    if (line.matches("(ask|hint|explain):.*|- \\[.\\].*")) {
                        out.append(line.replaceAll("\\{[^}]*\\}", "{}")).append('\n');
                    }
                }
            }
            last = m.end();
        }
        out.append(s.substring(last));
        return out.toString();
    }

    @Test
    void everyFigureIsRightAndEveryDecimalIsAccountedFor() throws Exception {
        figures();
        Map<String, String> files = new LinkedHashMap<>();
        for (Path p : BundledCourseTest.lessonFiles().toList()) {
            Lesson lesson = CourseLoader.load(p).course().lessons().get(0);
            files.put(lesson.id(), p.getFileName().toString());
        }
        assertThat(figures.keySet()).containsExactlyInAnyOrderElementsOf(files.keySet());
        Pattern token = Pattern.compile("(?<![\\w.])([0-9]+\\.[0-9]+(?:e-?[0-9]+)?|[0-9]+e-[0-9]+|[0-9]+(?:\\.[0-9]+)?\\s?%)");
        for (Map.Entry<String, String> e : files.entrySet()) {
            String text = readable(e.getValue());
            String flat = text.replaceAll("\\s+", " ");
            Set<String> accounted = new LinkedHashSet<>(givens.getOrDefault(e.getKey(), Set.of()));
            for (Figure f : figures.get(e.getKey())) {
                assertThat(flat).as(e.getValue() + " prints '" + f.text() + "'").contains(f.text().replaceAll("\\s+", " "));
                double printed = Double.parseDouble(number(f.text()));
                assertThat(Math.abs(printed - f.value())).as(e.getValue() + ": '" + f.text() + "' is " + f.value())
                        .isLessThanOrEqualTo(f.tolerance());
                Matcher t = token.matcher(f.text());
                while (t.find()) accounted.add(t.group(1).replaceAll("\\s", ""));
            }
            Matcher t = token.matcher(text);
            List<String> unchecked = new ArrayList<>();
            while (t.find()) {
                String n = t.group(1).replaceAll("\\s", "");
                if (!accounted.contains(n) && !accounted.contains(n.replace("%", ""))) unchecked.add(n);
            }
            assertThat(unchecked).as(e.getValue() + ": figures neither checked nor given").isEmpty();
        }
    }
}
