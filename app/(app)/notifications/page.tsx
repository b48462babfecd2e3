import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { MentorsSubNav } from "@/components/mentors/mentors-subnav";
import { NotificationList } from "@/components/mentors/notification-list";
import { listNotifications } from "@/lib/mentors/notifications";
import { getCurrentUser } from "@/lib/server/auth";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/notifications");
  const { items, unread } = await listNotifications(user.id);
  return (
    <div>
      <MentorsSubNav current="/notifications" />
      <h1 className="mb-4 text-2xl font-bold">Notifications</h1>
      <NotificationList items={items} unread={unread} />
    </div>
  );
}
