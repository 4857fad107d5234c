// SPDX-License-Identifier: MIT
#include "tui/theme.h"

#include <gtest/gtest.h>

namespace kanbao::tui {
namespace {

const Look& look(const Looks& looks, Style s) { return looks[static_cast<std::size_t>(s)]; }

bool has_colour(const Looks& looks) {
  for (const auto& l : looks) {
    if (l.foreground != -1 || l.background != -1) return true;
  }
  return false;
}

TEST(Theme, EveryStyleHasAConfigElementInOrder) {
  const auto& elements = config::color_elements();
  ASSERT_EQ(elements.size(), static_cast<std::size_t>(Style::kCount));
  for (std::size_t i = 0; i < elements.size(); ++i) {
    EXPECT_EQ(element_name(static_cast<Style>(i)), elements[i]);
  }
}

TEST(Theme, DefaultThemeOn256Colours) {
  const Looks looks = resolve_looks(config::Config{}, 256);
  const Look& hit = look(looks, Style::kHighlight);
  EXPECT_EQ(hit.foreground, 0);  // black on yellow
  EXPECT_EQ(hit.background, 3);
  EXPECT_TRUE(hit.bold);
  EXPECT_EQ(look(looks, Style::kCurrentHit).background, 208);
  EXPECT_EQ(look(looks, Style::kDim).foreground, 245);
  EXPECT_TRUE(look(looks, Style::kSelected).reverse);
}

TEST(Theme, On8ColoursBrightBecomesBoldAnd256ColoursTheNearestBasicOne) {
  const auto loaded =
      config::parse("color.title = bright-red\ncolor.bar = bright-green on bright-blue\n", "c");
  const Looks looks = resolve_looks(loaded.config, 8);
  EXPECT_EQ(look(looks, Style::kTitle).foreground, 1);
  EXPECT_TRUE(look(looks, Style::kTitle).bold);
  EXPECT_EQ(look(looks, Style::kBar).foreground, 2);
  EXPECT_EQ(look(looks, Style::kBar).background, 4);
  EXPECT_EQ(look(looks, Style::kCurrentHit).background, 1);  // 208 (orange) -> red
  EXPECT_EQ(look(looks, Style::kDim).foreground, 7);         // 245 (grey) -> white
  // With 16 colours the bright ones are used as such.
  const Looks sixteen = resolve_looks(loaded.config, 16);
  EXPECT_EQ(look(sixteen, Style::kTitle).foreground, 9);
  EXPECT_FALSE(look(sixteen, Style::kTitle).bold);
  EXPECT_EQ(look(sixteen, Style::kBar).background, 12);
}

TEST(Theme, MonochromeUsesOnlyAttributesAndKeepsHitsVisible) {
  const auto loaded = config::parse("theme = monochrome\n", "c");
  const Looks looks = resolve_looks(loaded.config, 256);
  EXPECT_FALSE(has_colour(looks));
  const Look& hit = look(looks, Style::kHighlight);
  EXPECT_TRUE(hit.reverse && hit.bold && hit.underline);
  EXPECT_TRUE(look(looks, Style::kSelected).reverse);
  EXPECT_NE(look(looks, Style::kCurrentHit), hit);
  EXPECT_NE(look(looks, Style::kSelectedHighlight), look(looks, Style::kSelected));
  EXPECT_NE(look(looks, Style::kHighlight), look(looks, Style::kNormal));
}

TEST(Theme, NoColourTerminalIsMonochromeWhateverTheTheme) {
  // NO_COLOR and terminals without colours reach here as 0 colours.
  const auto loaded = config::parse("color.highlight = black on yellow\ncolor.title = red underline\n", "c");
  const Looks looks = resolve_looks(loaded.config, 0);
  EXPECT_FALSE(has_colour(looks));
  // A colour line without attributes keeps the monochrome highlight...
  EXPECT_TRUE(look(looks, Style::kHighlight).reverse);
  // ...and one with attributes uses them.
  EXPECT_TRUE(look(looks, Style::kTitle).underline);
  EXPECT_FALSE(look(looks, Style::kTitle).bold);
}

TEST(Theme, ColourLinesOverrideTheTheme) {
  const auto loaded = config::parse("color.highlight = white on 22 italic\n", "c");
  const Looks looks = resolve_looks(loaded.config, 256);
  const Look& hit = look(looks, Style::kHighlight);
  EXPECT_EQ(hit.foreground, 7);
  EXPECT_EQ(hit.background, 22);
  EXPECT_TRUE(hit.italic);
  EXPECT_FALSE(hit.bold);
}

}  // namespace
}  // namespace kanbao::tui
