/** In-app notifications (站内通知): the bell in the header. */
export const notifications = {
  title: '通知',
  bell: '通知（{count} 条未读）',
  bellNone: '通知',
  empty: '暂无通知',
  readAll: '全部已读',
  readAllDone: '已全部标为已读',
  unread: '未读',
  more: '加载更多',
};
