CREATE UNIQUE INDEX "Idx" ON public."Users" ("Email");
