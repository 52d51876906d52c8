package org.gridgov.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

  @Test
  void masksMobileNumbersLikeTheHotlinesDo() {
    assertThat(Masking.phone("13812341234")).isEqualTo("138****1234");
    assertThat(Masking.phone("0370-1234567")).isEqualTo("037*****4567");
    assertThat(Masking.phone("123")).isEqualTo("***");
    assertThat(Masking.phone(null)).isNull();
  }

  @Test
  void keepsOnlyTheSurnameOfAName() {
    assertThat(Masking.name("李海燕")).isEqualTo("李**");
    assertThat(Masking.name("张伟")).isEqualTo("张*");
    assertThat(Masking.name("𠮷祥")).isEqualTo("𠮷*");
  }

  @Test
  void keepsRegionAndCheckDigitsOfAnIdNumber() {
    assertThat(Masking.idNumber("41010119900307123X")).isEqualTo("410101********123X");
  }
}
