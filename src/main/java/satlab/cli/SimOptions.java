package satlab.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import satlab.engine.Activation;
import satlab.sim.Bias;
import satlab.sim.Cost;
import satlab.sim.Init;
import satlab.sim.InputDistribution;
import satlab.sim.Start;
import satlab.sim.TrainText;

/** Option converters for the network and train commands: the simulation's own parse messages, as usage errors. */
final class SimOptions {
    private SimOptions() {}

    /** Wraps a parser so its IllegalArgumentException becomes picocli's usage error (exit 2). */
    private abstract static class Wrapped<T> implements ITypeConverter<T> {
        abstract T parse(String text);

        @Override
        public T convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class InitConverter extends Wrapped<Init> {
        Init parse(String t) {
            return Init.parse(t);
        }
    }

    static final class BiasConverter extends Wrapped<Bias> {
        Bias parse(String t) {
            return Bias.parse(t);
        }
    }

    static final class InputConverter extends Wrapped<InputDistribution> {
        InputDistribution parse(String t) {
            return InputDistribution.parse(t);
        }
    }

    static final class ActivationConverter extends Wrapped<Activation> {
        Activation parse(String t) {
            return Activation.parse(t);
        }
    }

    static final class CostConverter extends Wrapped<Cost> {
        Cost parse(String t) {
            return Cost.parse(t);
        }
    }

    static final class QuantityConverter extends Wrapped<TrainText.Quantity> {
        TrainText.Quantity parse(String t) {
            return TrainText.Quantity.parse(t);
        }
    }

    static final class StartConverter extends Wrapped<Start> {
        Start parse(String t) {
            return Start.parse(t);
        }
    }
}
