import type { Metadata } from "next";
import { MentorsSubNav } from "@/components/mentors/mentors-subnav";
import { NotificationList } from "@/components/mentors/notification-list";
import { listNotifications } from "@/lib/mentors/notifications";
import { requireUser } from "@/lib/server/page";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const user = await requireUser();
  const { items, unread } = await listNotifications(user.id);
  return (
    <div>
      <MentorsSubNav current="/notifications" />
      <h1 className="mb-4 text-2xl font-bold">Notifications</h1>
      <NotificationList items={items} unread={unread} />
    </div>
  );
}
