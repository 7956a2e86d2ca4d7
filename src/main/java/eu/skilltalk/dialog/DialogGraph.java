package eu.skilltalk.dialog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Checks ids and how steps connect: ids that are names, unique ids, known targets and dialogs, every step reachable. */
final class DialogGraph {

    private final List<Dialog> dialogs;
    private final List<Problem> problems;

    DialogGraph(List<Dialog> dialogs, List<Problem> problems) {
        this.dialogs = dialogs;
        this.problems = problems;
    }

    void check() {
        Map<String, Dialog> seen = new HashMap<>();
        for (Dialog dialog : dialogs) {
            checkId(dialog.file(), 1, "dialog", dialog.id());
            Dialog earlier = seen.putIfAbsent(dialog.id(), dialog);
            if (earlier != null) {
                problem(dialog.file(), 1, "dialog id '" + dialog.id() + "' is already used by " + earlier.file());
            }
        }
        for (Dialog dialog : dialogs) {
            checkSteps(dialog, seen.keySet());
        }
    }

    private void checkSteps(Dialog dialog, Set<String> dialogIds) {
        Set<String> ids = new HashSet<>();
        for (Step step : dialog.steps()) {
            checkId(dialog.file(), step.line(), "step", step.id());
            if (!ids.add(step.id())) {
                problem(dialog.file(), step.line(), "duplicate step id '" + step.id() + "'");
            }
        }
        for (Step step : dialog.steps()) {
            for (String target : targets(step)) {
                if (target != null && !ids.contains(target)) {
                    problem(dialog.file(), step.line(), "step '" + step.id() + "' goes to unknown step '" + target + "'");
                }
            }
            if (step instanceof CallStep call && call.dialog() != null && !dialogIds.contains(call.dialog())) {
                problem(dialog.file(), step.line(), "step '" + step.id() + "' calls unknown dialog '" + call.dialog() + "'");
            }
        }
        Set<String> reached = reachable(dialog);
        for (Step step : dialog.steps()) {
            if (!reached.contains(step.id())) {
                problem(dialog.file(), step.line(), "step '" + step.id() + "' can never be reached");
            }
        }
    }

    private void checkId(String file, int line, String what, String id) {
        if (id != null && !Frame.ID.matcher(id).matches()) {
            problem(file, line, what + " id '" + id + "' may only use letters, digits, '_', '-' and '.'");
        }
    }

    /** Steps a step can go to by name. */
    private static List<String> targets(Step step) {
        List<String> targets = new ArrayList<>();
        targets.add(step.next());
        if (step instanceof BranchStep branch) {
            branch.cases().forEach(c -> targets.add(c.target()));
        } else if (step instanceof ConsentStep consent) {
            targets.add(consent.declined());
        }
        return targets;
    }

    private static Set<String> reachable(Dialog dialog) {
        Set<String> reached = new HashSet<>();
        Deque<Step> todo = new ArrayDeque<>(List.of(dialog.first()));
        while (!todo.isEmpty()) {
            Step step = todo.pop();
            if (step == null || !reached.add(step.id())) {
                continue;
            }
            List<String> next = targets(step);
            if (!(step instanceof EndStep || step instanceof JumpStep)) {
                next.add(dialog.after(step));
            }
            next.stream().filter(Objects::nonNull).map(dialog::step).filter(Objects::nonNull).forEach(todo::push);
        }
        return reached;
    }

    private void problem(String file, int line, String reason) {
        problems.add(new Problem(Check.GRAPH, file, line, reason));
    }
}
