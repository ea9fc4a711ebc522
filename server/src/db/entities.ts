import { ActionItem } from '../modules/action-items/action-item.entity.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { LoginAddress } from '../modules/auth/login-address.entity.js';
import { LoginThrottle } from '../modules/auth/login-throttle.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { ForumAttendance } from '../modules/forums/forum-attendance.entity.js';
import { Forum } from '../modules/forums/forum.entity.js';
import { Officer } from '../modules/officers/officer.entity.js';
import { Branch } from '../modules/org/branch.entity.js';
import { Bureau } from '../modules/org/bureau.entity.js';
import { PairingEvent } from '../modules/pairings/pairing-event.entity.js';
import { PairingMentor } from '../modules/pairings/pairing-mentor.entity.js';
import { Pairing } from '../modules/pairings/pairing.entity.js';
import { ProblemCategory } from '../modules/problems/problem-category.entity.js';
import { ProblemEvent } from '../modules/problems/problem-event.entity.js';
import { Problem } from '../modules/problems/problem.entity.js';
import { OutcomeReview } from '../modules/reviews/outcome-review.entity.js';
import { Talk } from '../modules/talks/talk.entity.js';
import { DigestDelivery } from '../modules/reminders/digest-delivery.entity.js';
import { Notification } from '../modules/reminders/notification.entity.js';
import { ReminderPreference } from '../modules/reminders/reminder-preference.entity.js';
import { ReminderSettings } from '../modules/reminders/reminder-settings.entity.js';
import { Visit } from '../modules/visits/visit.entity.js';

export const entities = [
  Bureau,
  Branch,
  Officer,
  Session,
  Pairing,
  PairingMentor,
  PairingEvent,
  Visit,
  Talk,
  ActionItem,
  OutcomeReview,
  Forum,
  ForumAttendance,
  ProblemCategory,
  Problem,
  ProblemEvent,
  AuditEvent,
  LoginThrottle,
  LoginAddress,
  Notification,
  ReminderSettings,
  ReminderPreference,
  DigestDelivery,
];
