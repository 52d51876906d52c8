package org.gridgov.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridgov.notification.Notification.RecipientKind;
import org.junit.jupiter.api.Test;

class NotificationTest {

  @Test
  void aPhoneNumberIsNeverARecipient() {
    assertThatThrownBy(() -> new Notification("k", RecipientKind.RESIDENT, "13800001234", "CASE_FEEDBACK", null, "您好"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a phone number");
    assertThatThrownBy(() -> new Notification("k", RecipientKind.RESIDENT, "+86 138-0000-1234", "T", null, "您好"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Notification("k", RecipientKind.RESIDENT, "0370-12345678", "T", null, "您好"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void numericReporterIdsAreNotMistakenForPhoneNumbers() {
    assertThat(new Notification("k", RecipientKind.RESIDENT, "1234567", "T", null, "您好").recipientRef())
        .isEqualTo("1234567");
  }

  @Test
  void everyPartIsRequired() {
    assertThatThrownBy(() -> new Notification(" ", RecipientKind.STAFF, "gw-1", "T", null, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dedupKey");
    assertThatThrownBy(() -> new Notification("k", null, "gw-1", "T", null, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recipientKind");
    assertThatThrownBy(() -> new Notification("k", RecipientKind.STAFF, "gw-1", "T", null, ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text");
    assertThatThrownBy(() -> new Notification("k", RecipientKind.STAFF, "gw-1", "T", null, "长".repeat(1001)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text");
  }

  @Test
  void logsShowOnlyAMaskedRecipient() {
    Notification n = new Notification("k", RecipientKind.RESIDENT, "rep-20261129-42", "T", "GG-1", "您好");
    assertThat(n.maskedRecipient()).isEqualTo("re****42");
    assertThat(new Notification("k", RecipientKind.STAFF, "ab12", "T", null, "x").maskedRecipient()).isEqualTo("****");
  }
}
