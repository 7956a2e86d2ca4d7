package eu.skilltalk.plan;

import eu.skilltalk.coach.HelpRequests;
import eu.skilltalk.content.Content;
import eu.skilltalk.conversation.Results;
import eu.skilltalk.dialog.Event;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.dialog.ResultsStep;
import eu.skilltalk.dialog.State;
import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.participant.Participant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The plan's side of the dialogs {@code plan}, {@code plan_item} and {@code followup}: shows an action to
 * confirm, stores it with its follow-up, shows the plan, and asks about and keeps a follow-up's answer. The
 * variables are those the dialogs save (see the YAML files); the host hands its own on through variables
 * too, so a later turn stores exactly what the client confirmed.
 */
@Component
class PlanReplies implements Results {

    private static final Set<String> SHOWS = Set.of(ResultsStep.PLAN_ITEM, ResultsStep.PLAN_SAVE, ResultsStep.PLAN,
            ResultsStep.FOLLOW_UP, ResultsStep.FOLLOW_UP_ANSWER);
    /** The action the client wrote instead of a suggestion. */
    private static final String OWN = "own";

    private final Plans plans;
    private final HelpRequests help;
    private final LocaleCatalog catalog;

    PlanReplies(Plans plans, HelpRequests help, Content content) {
        this.plans = plans;
        this.help = help;
        this.catalog = content.catalog();
    }

    @Override
    public boolean shows(String show) {
        return SHOWS.contains(show);
    }

    @Override
    public Shown replies(Participant participant, State state, List<Event> thisTurn, Event.ResultsDue due) {
        Map<String, String> vars = state.variables();
        String language = due.language();
        return switch (due.show()) {
            case ResultsStep.PLAN_ITEM -> chosen(vars, language);
            case ResultsStep.PLAN_SAVE -> {
                PlanItem item = plans.add(participant.id(), vars.get("plan_competence"), vars.get("plan_action"),
                        LocalDate.parse(vars.get("plan_due")));
                yield Shown.of(List.of(Reply.of(render(language, "plan.saved", Map.of("day", day(item, language))))));
            }
            case ResultsStep.FOLLOW_UP -> followUp(participant, language);
            case ResultsStep.FOLLOW_UP_ANSWER -> {
                plans.answer(participant.id(), vars.getOrDefault("followup_item", ""), vars.get("followup_answer"),
                        due.at());
                yield Shown.of(List.of());
            }
            default -> Shown.of(shown(plans.items(participant.id()), language));
        };
    }

    /**
     * The action a follow-up asks about, handed on for its answer, and whether the client has a coach to tell
     * when they need help (the dialog promises the coach only then; {@link FollowUpHelp} tells them).
     */
    private Shown followUp(Participant participant, String language) {
        String coach = help.reachCoach(participant) ? "yes" : "";
        return plans.dueForFollowUp(participant.id())
                .map(item -> new Shown(List.of(Reply.of(render(language, "followup.remind",
                        Map.of("action", item.action(), "competence", name(item.competence(), language))))),
                        Map.of("followup_item", item.competence(), "followup_coach", coach)))
                .orElse(new Shown(List.of(), Map.of("followup_item", "", "followup_coach", coach)));
    }

    /** The action just chosen, to confirm; handed on in variables for {@code plan_save}. */
    private Shown chosen(Map<String, String> vars, String language) {
        String competence = vars.getOrDefault("growth" + vars.get("focus"), "");
        String choice = vars.get("action");
        String action = OWN.equals(choice) ? vars.get("action_own")
                : render(language, "plan.suggest." + competence + "." + choice, Map.of());
        LocalDate dueOn = plans.today().plusDays(Long.parseLong(vars.get("day")));
        PlanItem item = new PlanItem(competence, action, dueOn, null, null, null);
        return new Shown(List.of(Reply.of(line(item, language))),
                Map.of("plan_competence", competence, "plan_action", action, "plan_due", dueOn.toString()));
    }

    /** The whole plan, or that there is none. */
    private List<Reply> shown(List<PlanItem> items, String language) {
        if (items.isEmpty()) {
            return List.of(Reply.of(render(language, "plan.empty", Map.of())));
        }
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.of(render(language, "plan.yours", Map.of())));
        items.forEach(item -> replies.add(Reply.of(line(item, language))));
        return replies;
    }

    private String line(PlanItem item, String language) {
        String answer = item.answer() == null ? "" : render(language, "plan.answered." + item.answer(), Map.of());
        return render(language, "plan.item", Map.of("competence", name(item.competence(), language),
                "action", item.action(), "day", day(item, language), "answer", answer)).strip();
    }

    private String day(PlanItem item, String language) {
        return DateTimeFormatter.ofPattern(render(language, "plan.date", Map.of()), Locale.forLanguageTag(language))
                .format(item.dueOn());
    }

    private String name(String competence, String language) {
        return render(language, "competence." + competence + ".name", Map.of());
    }

    private String render(String language, String key, Map<String, ?> args) {
        return catalog.render(language, key, args);
    }
}
