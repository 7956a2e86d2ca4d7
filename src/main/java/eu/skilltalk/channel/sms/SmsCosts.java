package eu.skilltalk.channel.sms;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.sort;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * What SMS cost: segments sent per cohort in a calendar month (UTC), summed from the recorded messages. For
 * the coach dashboard; SMS is billed per segment, WhatsApp is not counted here.
 */
@Service
public class SmsCosts {

    /** One cohort's SMS in a month; {@code cohortId} is {@code null} for clients in no cohort. */
    public record CohortSegments(String cohortId, long messages, long segments) {
    }

    private final MongoTemplate mongo;

    SmsCosts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<CohortSegments> month(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        var aggregation = newAggregation(
                match(where("channel").is(TwilioChannel.SMS.id()).and("sentAt").gte(from).lt(to)),
                group("cohortId").count().as("messages").sum("segments").as("segments"),
                sort(Sort.Direction.ASC, "_id"));
        return mongo.aggregate(aggregation, SentMessage.class, Document.class).getMappedResults().stream()
                .map(d -> new CohortSegments(d.getString("_id"), ((Number) d.get("messages")).longValue(),
                        ((Number) d.get("segments")).longValue()))
                .toList();
    }
}
