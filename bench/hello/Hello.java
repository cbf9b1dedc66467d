/** The baseline of bench/next-startup.sh: a trivial Java program, started the way bin/kei-skill starts kei. */
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
