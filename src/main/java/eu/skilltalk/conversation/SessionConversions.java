package eu.skilltalk.conversation;

import eu.skilltalk.dialog.State.Position;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Stores each of a session's earlier places ({@code back}'s history, up to 50) as one line of text instead of a
 * document of frames: a walk through the self-assessment grew a session to about 9 KB, 95 % of it history, and
 * the session is written twice a turn, so the store re-encoded its page of sessions that many bytes more.
 * Sessions stored before keep their places as documents, which read as they always did (only text has a
 * converter); they are rewritten as text at their next save.
 */
@Configuration(proxyBeanMethods = false)
class SessionConversions {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(conversions -> conversions.registerConverters(
                List.of(PositionWriter.INSTANCE, PositionReader.INSTANCE)));
    }

    @WritingConverter
    enum PositionWriter implements Converter<Position, String> {
        INSTANCE;

        @Override
        public String convert(Position position) {
            return position.written();
        }
    }

    @ReadingConverter
    enum PositionReader implements Converter<String, Position> {
        INSTANCE;

        @Override
        public Position convert(String written) {
            return Position.read(written);
        }
    }
}
