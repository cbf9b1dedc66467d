package dev.kei.dbschema;

import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;

/** After phase 1: records what later questions show about the stack (where a verify run happens). */
public final class StackFacts implements Generator {
    @Override
    public String name() {
        return "stack-facts";
    }

    @Override
    public void run(GeneratorContext context) {
        Stack stack = Drafts.stack(context);
        context.putData(
                "verify_target",
                stack.database().runtime().isEmpty()
                        ? "needs a " + stack.db() + " server: kei checks the DDL on embedded PostgreSQL only where"
                                + " it is portable"
                        : stack.database().isOneFile()
                                ? stack.database().runtime().get().throwaway()
                                : "an embedded PostgreSQL under .kei/");
        stack.nativeRunner().ifPresent(runner -> context.putData("native_runner", runner));
    }
}
