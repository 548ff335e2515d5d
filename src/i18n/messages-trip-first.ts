/**
 * The trip's messages the map itself shows (trip-controller.ts, doors-controller.ts): the added/removed status
 * under the map, the default day name, the stored-trip and received-trip notices, the invalid-trip notice. Part of
 * the first frame's table (messages-first.ts); the planner's own text (messages-trip.ts) comes with its elements.
 */
export const tripFirstZh = {
  'trip.day.default': '第{n}天',
  'trip.added': '已把“{name}”加入{day}（第{position}站）',
  'trip.unadded': '已把“{name}”从行程中移除',
  'trip.notKept.blocked': '此浏览器不允许保存数据：行程只在本页打开期间保留。要留住它，请用“分享”里的链接。',
  'trip.notKept.quota': '浏览器存储已满：行程无法保存，只在本页打开期间保留。要留住它，请用“分享”里的链接。',
  'trip.invalid': '行程数据无效，已改为空行程',
  'trip.received.taken': '已改用收到的行程。',
  'trip.received.kept': '已恢复你的行程。',
} as const;
