import type { Messages } from './en';

export const zh: Messages = {
  book: {
    title: 'AI大模型创业',
    subtitle: '如何应对未来挑战',
    pitch:
      '大模型如何工作，能在商业与技术中做什么，以及在它之上创办一家公司需要什么——从注意力公式到算力预算、隐私法规与商业模式。',
    factsAsOf: '本书事实截至 2026 年 11 月',
  },
  nav: {
    skipToContent: '跳到正文',
    contents: '目录',
    onThisPage: '本页内容',
    openMenu: '打开目录',
    closeMenu: '关闭目录',
    previous: '上一章',
    next: '下一章',
    home: '首页',
    breadcrumbs: '导航路径',
    startReading: '开始阅读',
    chapterLabel: '第{{n}}章',
    appendixLabel: '附录{{n}}',
    sectionCount_one: '{{count}} 节',
    sectionCount_other: '{{count}} 节',
  },
  lang: {
    switchTo: 'English',
    switchLabel: 'Read this in English (same place)',
    name: '中文',
  },
  theme: {
    toggle: '切换深色模式',
    light: '浅色主题',
    dark: '深色主题',
  },
  code: {
    copy: '复制',
    copied: '已复制',
    copyLabel: '复制代码到剪贴板',
  },
  search: {
    open: '搜索全书',
    placeholder: '搜索全书',
    shortcut: '按 / 或 Ctrl K 搜索',
    close: '关闭搜索',
    loading: '正在加载搜索索引…',
    failed: '搜索索引加载失败。',
    resultsOne: '{{count}} 条结果',
    resultsOther: '{{count}} 条结果',
    none: '没有找到“{{query}}”',
    hint: '试试更短的词，或换一种语言搜索。',
    pageTitle: '搜索',
    submit: '搜索',
    needsJs: '搜索在浏览器中运行，需要启用 JavaScript。目录列出了全部章节：',
    otherEditionZh: '中文版',
    otherEditionEn: 'English',
    keys: '↑ ↓ 选择，Enter 打开，Esc 关闭',
  },
  refs: {
    citedIn: '引用于',
    entry: '查看参考文献条目',
  },
  heading: {
    anchor: '本节链接',
    copy: '复制本节链接',
    copied: '链接已复制',
  },
  reading: {
    continue: '继续阅读',
  },
  notFound: {
    title: '页面不存在',
    body: '这个地址不属于本书。可以搜索你要找的内容，或从下面的目录选择章节：',
  },
  print: {
    button: '打印 / 存为 PDF',
    book: '打印全书',
    factsAsOf: '本书事实截至 2026 年 11 月。',
    edition: '中文版',
  },
  root: {
    choose: '选择语言',
    redirecting: '正在打开你的语言版本…',
  },
};
