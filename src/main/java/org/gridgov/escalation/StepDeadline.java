package org.gridgov.escalation;

import java.time.Instant;

/** The deadline of one step (a rung of the ladder, or dispatching) and its two reminder points (督办). */
public record StepDeadline(Instant due, Instant firstReminder, Instant secondReminder) {
}
