import {
  ActionItemStatus,
  BranchKind,
  DeliveryChannel,
  DeliveryStatus,
  ForumKind,
  MentorRole,
  NotificationKind,
  OfficerCategory,
  PairingAttention,
  PairingReason,
  PairingStatus,
  ProblemEventType,
  ProblemFollowUpKind,
  ProblemStatus,
  ReviewDecision,
  ReviewRating,
  Role,
  TalkKind,
  VisitKind,
  WebhookFormat,
} from '@tongxin/schema';
import { registerEnumType } from 'type-graphql';

// The shared enums from @tongxin/schema, registered once as GraphQL enums.
registerEnumType(Role, {
  name: 'Role',
  description: '党委 / 支部书记 / 帮教责任人 / 民警 / 系统管理员 / 安全审计员 (the last two held alone)',
});
registerEnumType(OfficerCategory, { name: 'OfficerCategory', description: '民警 / 辅警' });
registerEnumType(BranchKind, { name: 'BranchKind', description: '派出所 / 部门' });
registerEnumType(PairingStatus, { name: 'PairingStatus' });
registerEnumType(PairingReason, { name: 'PairingReason' });
registerEnumType(MentorRole, { name: 'MentorRole', description: '帮教责任人 (LEAD) / 帮扶成员 (SUPPORT)' });
registerEnumType(VisitKind, { name: 'VisitKind', description: '上门走访 / 个别谈话 / 座谈会 / 回访教育' });
registerEnumType(TalkKind, { name: 'TalkKind' });
registerEnumType(ActionItemStatus, { name: 'ActionItemStatus' });
registerEnumType(ReviewRating, { name: 'ReviewRating' });
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });
registerEnumType(PairingAttention, {
  name: 'PairingAttention',
  description: 'MENTOR_LEFT: a mentor left the force without a successor; MENTEE_LEFT: the mentee left',
});
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: '提醒: what is due (one kind per due rule of a role), or DIGEST, the daily digest',
});
registerEnumType(WebhookFormat, { name: 'WebhookFormat', description: 'Signed JSON, or a DingTalk robot’s body' });
registerEnumType(DeliveryChannel, { name: 'DeliveryChannel' });
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus' });
registerEnumType(ForumKind, { name: 'ForumKind', description: '交心会 / 帮扶座谈会 / 群体座谈会 / 其他' });
registerEnumType(ProblemStatus, {
  name: 'ProblemStatus',
  description: '待处理 / 即知即改 / 限期整改 / 已销号 / 不予采纳',
});
registerEnumType(ProblemEventType, { name: 'ProblemEventType' });
registerEnumType(ProblemFollowUpKind, { name: 'ProblemFollowUpKind', description: '电话回访 / 上门拜访' });
