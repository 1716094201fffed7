-- CreateTable
CREATE TABLE "workshops" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "addressLine1" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "skills" TEXT[],
    "openingHours" JSONB NOT NULL DEFAULT '[]',
    "daysOff" DATE[],
    "slotMinutes" INTEGER NOT NULL DEFAULT 60,
    "slotCapacity" INTEGER NOT NULL DEFAULT 3,

    CONSTRAINT "workshops_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "drop_offs" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "ticketId" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "slotStart" TIMESTAMPTZ(3) NOT NULL,
    "slotEnd" TIMESTAMPTZ(3) NOT NULL,
    "seat" INTEGER,
    "status" "visit_status" NOT NULL DEFAULT 'BOOKED',
    "receivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "drop_offs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "workshops_tenantId_idx" ON "workshops"("tenantId");

-- CreateIndex
CREATE INDEX "drop_offs_ticketId_idx" ON "drop_offs"("ticketId");

-- CreateIndex
CREATE UNIQUE INDEX "drop_offs_workshopId_slotStart_seat_key" ON "drop_offs"("workshopId", "slotStart", "seat");

-- AddForeignKey
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "drop_offs" ADD CONSTRAINT "drop_offs_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "drop_offs" ADD CONSTRAINT "drop_offs_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "drop_offs" ADD CONSTRAINT "drop_offs_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "workshops"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
