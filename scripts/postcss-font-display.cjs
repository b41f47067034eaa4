// KaTeX declares its faces with font-display: block, which hides a formula's text for up to 3 s
// while its font loads. Show the fallback glyphs at once and swap: KaTeX sets its boxes' heights
// itself, so the swap moves glyphs sideways a little and nothing below them (CLS stays < 0.001).
// Preloading the main faces instead was measured to delay the first paint (they compete with
// the stylesheet for the connection).
const plugin = () => ({
  postcssPlugin: 'book-font-display-swap',
  AtRule: {
    'font-face': (rule) => {
      rule.walkDecls('font-display', (decl) => {
        if (decl.value === 'block') decl.value = 'swap';
      });
    },
  },
});
plugin.postcss = true;
module.exports = plugin;
