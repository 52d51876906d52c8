package org.gridgov.talk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.gridgov.forms.FormValues;

/**
 * The talk's lists as people type them into the forms, one entry a line (see
 * {@link FormValues#lines}). Only the layout of a line is read here; {@link TalkService} checks the
 * values.
 */
final class TalkLists {

  private static final Pattern SEPARATORS = Pattern.compile("[\\s,，、;；]+");
  private static final Pattern PHONE_PART = Pattern.compile("\\+?[0-9][0-9-]*");
  /** A run of digit groups this long is a phone number; a shorter one is a room number (401). */
  private static final int PHONE_DIGITS = 7;
  private static final Pattern COLON = Pattern.compile("[:：]");
  private static final Pattern OPINION_NOS = Pattern.compile("[0-9,，、\\s]+");

  private TalkLists() {
  }

  /**
   * {@code 姓名 电话 户号/楼栋}: the name first; the phone, if any, anywhere after it (one word of 7 or
   * more digits, or digit groups such as {@code 199 0000 3333}); the rest is the household.
   */
  static List<TalkService.Invitee> invitees(Object value) {
    List<TalkService.Invitee> invitees = new ArrayList<>();
    for (String line : FormValues.lines(value, "受邀居民名单")) {
      List<String> words = Arrays.asList(SEPARATORS.split(line));
      int[] phone = phoneWords(words);
      List<String> household = new ArrayList<>(words.subList(1, phone[0]));
      household.addAll(words.subList(phone[1], words.size()));
      invitees.add(new TalkService.Invitee(words.get(0), joined(household),
          phone[0] < phone[1] ? String.join("", words.subList(phone[0], phone[1])) : null));
    }
    return invitees;
  }

  /** [from, to) of the words that make the phone number; from == to (the end) when there is none. */
  private static int[] phoneWords(List<String> words) {
    for (int i = 1; i < words.size(); i++) {
      if (isPhonePart(words.get(i)) && digits(words.subList(i, i + 1)) >= PHONE_DIGITS) {
        return new int[] {i, i + 1};
      }
    }
    for (int from = 1; from < words.size(); from++) {
      int to = from;
      while (to < words.size() && isPhonePart(words.get(to))) {
        to++;
      }
      if (digits(words.subList(from, to)) >= PHONE_DIGITS) {
        return new int[] {from, to};
      }
    }
    return new int[] {words.size(), words.size()};
  }

  private static boolean isPhonePart(String word) {
    return PHONE_PART.matcher(word).matches();
  }

  /** {@code 姓名 户/住址：意见}; who came without speaking is a name (and household) alone. */
  static List<TalkService.Speaker> speakers(Object value) {
    List<TalkService.Speaker> speakers = new ArrayList<>();
    for (String line : FormValues.lines(value, "到会居民名单")) {
      String[] parts = COLON.split(line, 2);
      List<String> words = Arrays.asList(SEPARATORS.split(parts[0].strip()));
      String opinion = parts.length > 1 ? parts[1].strip() : null;
      speakers.add(new TalkService.Speaker(words.get(0).isEmpty() ? null : words.get(0),
          joined(words.subList(1, words.size())), opinion == null || opinion.isEmpty() ? null : opinion));
    }
    return speakers;
  }

  /** {@code 1,3：诉求内容}: the numbers of the opinions it sums up and a colon may lead the line. */
  static List<TalkService.DemandDraft> demands(Object value) {
    List<TalkService.DemandDraft> drafts = new ArrayList<>();
    for (String line : FormValues.lines(value, "诉求清单")) {
      String[] parts = COLON.split(line, 2);
      if (parts.length == 2 && OPINION_NOS.matcher(parts[0]).matches()) {
        drafts.add(new TalkService.DemandDraft(parts[1].strip(), numbers(parts[0])));
      } else {
        drafts.add(new TalkService.DemandDraft(line, List.of()));
      }
    }
    return drafts;
  }

  private static List<Integer> numbers(String text) {
    List<Integer> numbers = new ArrayList<>();
    for (String part : SEPARATORS.split(text.strip())) {
      if (part.isEmpty()) {
        continue;
      }
      try {
        numbers.add(Integer.valueOf(part));
      } catch (NumberFormatException tooLong) {
        throw new InvalidTalkInputException("意见序号不正确: " + text.strip());
      }
    }
    return numbers;
  }

  private static int digits(List<String> words) {
    return words.stream().mapToInt(word -> word.replaceAll("\\D", "").length()).sum();
  }

  private static String joined(List<String> words) {
    String text = String.join(" ", words).strip();
    return text.isEmpty() ? null : text;
  }
}
