-- CreateEnum
CREATE TYPE "UserAuditAction" AS ENUM ('ADD_USER', 'CHANGE_ROLE', 'DISABLE', 'ENABLE', 'RENAME', 'SET_PASSWORD');

-- AlterTable
ALTER TABLE "Watchlist" ADD COLUMN     "feedTokenAt" TIMESTAMP(3),
ADD COLUMN     "feedTokenHash" TEXT;

-- CreateTable
CREATE TABLE "UserAudit" (
    "id" SERIAL NOT NULL,
    "action" "UserAuditAction" NOT NULL,
    "userId" INTEGER NOT NULL,
    "actorId" INTEGER,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserAudit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UserAudit_createdAt_idx" ON "UserAudit"("createdAt");

-- CreateIndex
CREATE INDEX "UserAudit_userId_createdAt_idx" ON "UserAudit"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Watchlist_feedTokenHash_key" ON "Watchlist"("feedTokenHash");

-- AddForeignKey
ALTER TABLE "UserAudit" ADD CONSTRAINT "UserAudit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserAudit" ADD CONSTRAINT "UserAudit_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
