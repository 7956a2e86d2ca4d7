package eu.skilltalk.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.dialog.State.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An earlier place is stored as one line and read back as the same stack, so {@code back} lands where it was. */
class PositionTest {

    @Test
    void aStackOfCalledDialogsIsWrittenBottomFirstAndReadsBackTheSame() {
        Position position = new Position(List.of(new Frame("onboarding", "bye"),
                new Frame("selfcheck", "break_after_intake"), new Frame("intake", "goal")));

        assertThat(position.written()).isEqualTo("onboarding/bye selfcheck/break_after_intake intake/goal");
        assertThat(Position.read(position.written())).isEqualTo(position);
    }

    @Test
    void anEmptyStackReadsBackEmpty() {
        assertThat(Position.read(new Position(List.of()).written()).stack()).isEmpty();
    }
}
