	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 152(x30)
	ld x3, 40(x30)
	ld x4, 144(x30)
	ld x5, 120(x30)
	ld x6, 96(x30)
	ld x7, 80(x30)
	ld x8, 200(x30)
	ld x9, 88(x30)
	ld x10, 184(x30)
	ld x11, 104(x30)
	ld x12, 168(x30)
	ld x13, 16(x30)
	ld x14, 32(x30)
	ld x15, 192(x30)
	ld x16, 200(x30)
	ld x17, 8(x30)
	ld x18, 40(x30)
	ld x19, 136(x30)
	ld x20, 16(x30)
	ld x21, 192(x30)
	ld x22, 96(x30)
	ld x23, 40(x30)
	ld x24, 208(x30)
	ld x25, 64(x30)
	ld x26, 200(x30)
	ld x27, 16(x30)
	ld x28, 0(x30)
	ld x29, 112(x30)
	ld x30, 160(x30)
	la x30, dvals
	flw f0, 380(x30)
	fld f1, 272(x30)
	fld f2, 200(x30)
	fld f3, 104(x30)
	fld f4, 200(x30)
	fld f5, 32(x30)
	fld f6, 136(x30)
	flw f7, 336(x30)
	fld f8, 320(x30)
	fld f9, 232(x30)
	fld f10, 32(x30)
	fld f11, 248(x30)
	fld f12, 112(x30)
	fld f13, 264(x30)
	flw f14, 356(x30)
	fld f15, 16(x30)
	fld f16, 16(x30)
	fld f17, 0(x30)
	fld f18, 312(x30)
	fld f19, 88(x30)
	fld f20, 144(x30)
	flw f21, 372(x30)
	fld f22, 184(x30)
	fld f23, 144(x30)
	flw f24, 336(x30)
	fld f25, 88(x30)
	flw f26, 356(x30)
	fld f27, 224(x30)
	flw f28, 296(x30)
	fld f29, 56(x30)
	fld f30, 104(x30)
	flw f31, 380(x30)
	blt x1, x6, 1f
	addw x23, x9, x9
1:
	fsqrt.d f13, f12, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	c.nop
	la x30, dvals
	fld f9, 432(x30)
	la x30, dvals
	fld f20, 80(x30)
	fsub.d f22, f9, f20, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	c.addi16sp sp, 480
	c.sdsp x9, 96(sp)
	mv sp, x31
	slt x27, x22, x12
	sd x3, 952(x31)
	mv x9, x31
	c.fsd f12, 96(x9)
	la x30, dvals
	fld f25, 152(x30)
	fsub.d f13, f22, f25, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	remuw x10, x15, x14
	la x30, dvals
	flw f17, 616(x30)
	fadd.s f7, f14, f17, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	slti x13, x20, 2047
	la x30, dvals
	fld f27, 464(x30)
	la x30, dvals
	fld f18, 248(x30)
	fnmsub.d f23, f27, f5, f18, rmm
	la x30, 1f
	c.jr x30
	sub x26, x0, x6
1:
	la x30, dvals
	flw f29, 344(x30)
	fdiv.s f30, f1, f29, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	slli x26, x21, 0
	srliw x4, x5, 12
	la x30, dvals
	fld f19, 152(x30)
	fcvt.lu.d x3, f19, dyn
	fld f16, 16(x31)
	mv x14, x31
	c.lw x12, 24(x14)
	addi x30, x31, 1656
	lr.w x20, (x30)
	sra x13, x3, x0
	sc.w x3, x5, (x30)
	sc.w x3, x22, (x30)
	srli x25, x11, 63
	sraiw x14, x9, 1
	la x30, 1f
	jalr x29, 0(x30)
	srl x18, x27, x11
1:
	la x30, dvals
	fld f15, 464(x30)
	la x30, dvals
	fld f26, 40(x30)
	fsub.d f30, f15, f26, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	la x30, dvals
	flw f3, 600(x30)
	fmin.s f18, f3, f23
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	and x17, x0, x5
	la x30, dvals
	fld f15, 448(x30)
	la x30, dvals
	fld f19, 176(x30)
	la x30, dvals
	fld f25, 432(x30)
	fmadd.d f13, f15, f19, f25, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	sltiu x28, x19, 2047
	mulhu x11, x17, x1
	srli x24, x18, 1
	sraiw x7, x26, 0
	addiw x10, x14, 2047
	fadd.d f19, f2, f18, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	addi x30, x31, 768
	amoswap.w.rl x3, x9, (x30)
	c.addi x5, 5
	c.addiw x5, -32
	addw x26, x21, x12
	la x30, dvals
	fld f14, 200(x30)
	la x30, dvals
	fld f4, 528(x30)
	fmadd.d f7, f24, f14, f4, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	la x30, 1f
	jalr x11, 1(x30)
	sll x8, x20, x5
1:
	divw x22, x10, x4
	xor x4, x24, x25
	srlw x23, x7, x11
	la x30, dvals
	flw f10, 332(x30)
	la x30, dvals
	flw f29, 384(x30)
	fnmsub.s f21, f10, f10, f29, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	rem x16, x13, x1
	and x24, x13, x11
	la x30, dvals
	fld f29, 16(x30)
	la x30, dvals
	fld f26, 0(x30)
	fadd.d f13, f29, f26, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	addi x22, x1, 32
	sll x25, x16, x12
	lwu x9, 352(x31)
	srli x8, x14, 31
	sraiw x18, x25, 0
	sh x27, 696(x31)
	addi x30, x31, 1416
	lr.d.rl x20, (x30)
	sc.d.rl x26, x19, (x30)
	addi x10, x4, 31
	lw x5, 1624(x31)
	addi x30, x31, 1192
	lr.d x22, (x30)
	sra x23, x10, x14
	sc.d x7, x10, (x30)
	sc.d x3, x17, (x30)
	rem x18, x0, x0
	blt x10, x29, 1f
	sltu x4, x5, x15
	subw x23, x21, x21
1:
	mulw x18, x17, x19
	bge x20, x0, 1f
	or x15, x20, x0
1:
	slt x16, x20, x21
	sd x7, 1426(x31)
	slt x28, x11, x27
	mv x13, x31
	c.lw x8, 116(x13)
	fmv.x.w x0, f4
	c.fldsp f21, 376(sp)
	c.swsp x25, 48(sp)
	c.sdsp x17, 504(sp)
	flw f25, 1592(x31)
	la x30, dvals
	flw f30, 676(x30)
	la x30, dvals
	flw f17, 612(x30)
	fmsub.s f5, f30, f17, f19, rdn
	addw x19, x20, x18
	sltiu x4, x8, 64
	la x30, dvals
	fld f17, 520(x30)
	fmin.d f10, f17, f3
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	sw x4, 396(x31)
	la x30, dvals
	fld f30, 104(x30)
	la x30, dvals
	fld f1, 104(x30)
	feq.d x26, f30, f1
	lhu x18, 1220(x2)
	ori x0, x4, 2047
	addi x30, x31, 1976
	amomin.w.aq x16, x23, (x30)
	slti x20, x9, 64
	sb x23, 848(x31)
	slli x9, x21, 32
	sraiw x24, x15, 31
	c.addi x6, 5
	c.addiw x6, 31
	or x5, x11, x24
	addi x30, x31, 1552
	amoor.w.aq x22, x11, (x30)
	andi x15, x7, 0
	lhu x20, 1330(x2)
	lwu x29, 176(x2)
	subw x10, x8, x28
	andi x15, x28, 0
	addi x30, x31, 72
	lr.w.rl x10, (x30)
	addi x30, x30, 8
	sc.w.rl x15, x11, (x30)
	divuw x18, x14, x9
	sb x5, 2021(x31)
	srl x15, x17, x5
	sra x15, x20, x26
	addi x14, x14, 32
	sh x29, 570(x31)
	la x30, dvals
	fld f23, 568(x30)
	la x30, dvals
	fld f5, 440(x30)
	feq.d x10, f23, f5
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	la x30, dvals
	fld f4, 80(x30)
	fsqrt.d f6, f4, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	srli x28, x5, 56
	slliw x25, x4, 23
	jal x28, 1f
	srlw x11, x28, x16
1:
	slti x20, x23, 63
	addiw x6, x4, 64
	srli x6, x12, 0
	srliw x9, x18, 31
	la x30, dvals
	flw f9, 652(x30)
	la x30, dvals
	flw f26, 284(x30)
	la x30, dvals
	flw f8, 652(x30)
	fnmadd.s f26, f9, f26, f8, rmm
	lhu x25, 488(x2)
	sltu x7, x20, x0
	la x30, dvals
	fld f25, 520(x30)
	fsgnjn.d f4, f16, f25
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	la x30, dvals
	fld f23, 16(x30)
	fsub.d f1, f23, f31, rmm
	slt x10, x15, x20
	beq x10, x27, 1f
	sra x29, x12, x16
1:
	la x30, dvals
	fld f21, 112(x30)
	fcvt.l.d x19, f21, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	la x30, dvals
	fld f5, 192(x30)
	fcvt.s.d f4, f5, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	lhu x25, 1864(x31)
	la x30, dvals
	fld f7, 512(x30)
	la x30, dvals
	fld f26, 112(x30)
	fdiv.d f20, f7, f26, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	jal x21, 1f
	sll x15, x19, x4
1:
	bge x28, x29, 1f
	addw x10, x4, x20
1:
	la x30, dvals
	flw f9, 352(x30)
	la x30, dvals
	flw f4, 280(x30)
	fsgnjn.s f10, f9, f4
	bne x7, x0, 1f
	xor x29, x11, x9
	slt x4, x23, x22
1:
	c.addi16sp sp, 32
	c.sdsp x22, 112(sp)
	mv sp, x31
	sltu x26, x19, x26
	addiw x9, x20, -70
	mulhsu x15, x21, x6
	la x30, dvals
	flw f6, 376(x30)
	la x30, dvals
	flw f31, 332(x30)
	fmadd.s f15, f6, f31, f15, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	bne x14, x6, 1f
	sltu x19, x4, x18
	srlw x11, x8, x3
1:
	srli x3, x16, 32
	sraiw x18, x13, 9
	fcvt.s.w f28, x22, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	fmv.x.d x16, f19
	fmin.d f20, f12, f8
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	sll x11, x22, x25
	la x30, dvals
	fld f1, 72(x30)
	fmul.d f27, f1, f8, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	lui x24, 374558
	c.addi x17, 31
	c.addiw x17, 0
	sd x14, 136(x31)
	addi x30, x31, 1528
	amoand.w.aq x11, x0, (x30)
	fcvt.lu.d x18, f13, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	srai x13, x12, 32
	slliw x26, x14, 31
	divu x1, x10, x25
	mv x13, x31
	c.sd x9, 112(x13)
	la x30, dvals
	fld f3, 136(x30)
	la x30, dvals
	fld f3, 456(x30)
	fmax.d f11, f3, f3
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	fsqrt.s f30, f20, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	lw x10, 1328(x31)
	la x30, dvals
	flw f25, 396(x30)
	fclass.s x9, f25
	la x30, dvals
	fld f5, 560(x30)
	fmin.d f18, f21, f5
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	c.fldsp f16, 216(sp)
	sd x28, 656(x31)
	srai x3, x11, 32
	slliw x6, x21, 3
	fld f4, 1152(x31)
	addi x30, x31, 296
	amoor.w x29, x27, (x30)
	addi x30, x31, 648
	lr.w.rl x21, (x30)
	sllw x29, x14, x19
	addi x30, x30, 8
	sc.w.rl x1, x5, (x30)
	sc.w x17, x13, (x30)
	addiw x19, x11, -2048
	c.addi4spn x11, sp, 948
	la x30, dvals
	flw f2, 604(x30)
	fsgnjn.s f28, f17, f2
	la x30, dvals
	flw f6, 288(x30)
	fnmsub.s f11, f21, f24, f6, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	add x15, x28, x17
	srai x13, x9, 58
	srliw x6, x12, 25
	sd x26, 368(x31)
	la x30, dvals
	flw f29, 632(x30)
	fdiv.s f7, f22, f29, rtz
	mv x11, x31
	c.ld x11, 40(x11)
	la x30, dvals
	flw f22, 600(x30)
	la x30, dvals
	flw f23, 644(x30)
	fmadd.s f8, f22, f25, f23, rup
	sd x6, 1372(x31)
	fcvt.s.w f23, x22, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	mulw x21, x26, x19
	fmv.w.x f8, x14
	fcvt.s.lu f29, x29, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	remuw x3, x21, x1
	fld f6, 448(x31)
	ori x26, x6, -2048
	fdiv.d f12, f9, f13, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	slti x7, x13, 32
	lw x17, 1932(x31)
	slti x16, x12, 63
	la x30, dvals
	fld f29, 448(x30)
	la x30, dvals
	fld f17, 24(x30)
	fadd.d f22, f29, f17, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	sra x8, x21, x1
	slti x27, x4, -2048
	lwu x10, 1780(x2)
	srli x14, x12, 32
	slliw x23, x21, 1
	sub x4, x8, x21
	la x30, dvals
	flw f8, 608(x30)
	fdiv.s f20, f24, f8, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	fcvt.d.wu f29, x24
	la x30, dvals
	fld f0, 264(x30)
	fmul.d f29, f24, f0, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	and x16, x22, x22
	subw x11, x27, x8
	flw f11, 608(x31)
	sltiu x22, x16, -1
	fcvt.l.s x19, f5, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	sw x0, 1716(x31)
	addw x9, x20, x17
	la x30, dvals
	fld f3, 120(x30)
	fsub.d f26, f19, f3, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	la x30, dvals
	flw f7, 668(x30)
	fle.s x19, f7, f24
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	la x30, dvals
	flw f11, 600(x30)
	la x30, dvals
	flw f19, 680(x30)
	fsgnj.s f21, f11, f19
	sll x18, x23, x16
	bgeu x13, x10, 1f
	sllw x25, x20, x22
	add x20, x16, x22
1:
	la x30, dvals
	fld f12, 192(x30)
	fmul.d f31, f12, f19, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	slt x10, x6, x14
	ld x3, 1440(x31)
	addi x30, x31, 1352
	amomax.w x25, x22, (x30)
	fsub.s f13, f18, f10, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	xori x9, x9, 32
	blt x10, x17, 1f
	sraw x28, x27, x8
	addw x15, x3, x20
1:
	la x30, dvals
	fld f30, 112(x30)
	fmul.d f9, f18, f30, rmm
	addiw x6, x23, -246
	la x30, dvals
	fld f1, 576(x30)
	la x30, dvals
	fld f6, 480(x30)
	fsub.d f17, f1, f6, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	ld x22, 480(x2)
	rem x19, x15, x17
	la x30, dvals
	flw f9, 680(x30)
	fdiv.s f23, f9, f2, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	slti x27, x12, 64
	c.addi x18, 1
	c.addiw x18, -1
	fsqrt.s f14, f19, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	sd x25, 1119(x31)
	sraw x7, x7, x6
	addi x30, x31, 1760
	amoand.w.rl x8, x11, (x30)
	fsflags x27, x13
	la x30, dvals
	flw f16, 616(x30)
	fnmadd.s f2, f25, f8, f16, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	c.nop
	fsgnjx.s f4, f12, f12
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	lw x19, 988(x2)
	remuw x24, x27, x9
	sltiu x19, x13, -1539
	lbu x4, 1588(x2)
	fmv.x.d x8, f20
	la x30, 1f
	c.jr x30
	xor x5, x8, x17
1:
	la x30, dvals
	flw f12, 652(x30)
	la x30, dvals
	flw f29, 280(x30)
	fmul.s f6, f12, f29, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	remu x5, x5, x19
	la x30, dvals
	fld f25, 72(x30)
	la x30, dvals
	fld f25, 192(x30)
	flt.d x15, f25, f25
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	la x30, dvals
	fld f2, 536(x30)
	la x30, dvals
	fld f26, 184(x30)
	fnmadd.d f28, f2, f26, f17, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	sub x6, x5, x11
	addi x1, x28, 32
	la x30, dvals
	fld f6, 120(x30)
	fclass.d x18, f6
	fcvt.l.d x23, f30, rtz
	addi x30, x31, 360
	amomaxu.w.aq x23, x1, (x30)
	sltu x11, x14, x18
	mul x13, x1, x28
	lw x3, 396(x31)
	la x30, dvals
	flw f20, 280(x30)
	fclass.s x19, f20
	ld x19, 1376(x31)
	sb x25, 664(x31)
	addiw x15, x10, -1
	la x30, dvals
	flw f24, 636(x30)
	fcvt.lu.s x13, f24, rtz
	sd x7, 987(x31)
	srai x14, x3, 0
	slliw x1, x29, 1
	subw x13, x8, x20
	divuw x15, x6, x15
	c.slli x16, 36
	bne x3, x18, 1f
	or x26, x28, x0
	sub x21, x19, x0
1:
	div x4, x17, x27
	la x30, dvals
	flw f2, 612(x30)
	fsqrt.s f27, f2, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	mulh x26, x20, x27
	addi x30, x31, 352
	amoadd.d x22, x8, (x30)
	sll x14, x29, x0
	la x30, dvals
	fld f19, 256(x30)
	fmul.d f27, f19, f21, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	c.lwsp x3, 208(sp)
	c.ldsp x8, 32(sp)
	la x30, dvals
	fld f12, 80(x30)
	la x30, dvals
	fld f15, 560(x30)
	fmul.d f11, f12, f15, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	fcvt.lu.s x14, f20, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	divuw x10, x1, x29
	c.lwsp x23, 176(sp)
	c.ldsp x15, 240(sp)
	sltiu x4, x8, 2047
	c.nop
	sub x27, x12, x23
	fcvt.lu.d x6, f10, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	c.fsdsp f0, 328(sp)
	sb x7, 1347(x31)
	addi x21, x16, 31
	la x30, dvals
	fld f27, 16(x30)
	fsub.d f16, f27, f0, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	lw x17, 947(x31)
	and x1, x0, x13
	flw f29, 1904(x31)
	fmv.w.x f3, x3
	or x8, x0, x10
	bge x6, x19, 1f
	sltu x4, x16, x25
	add x17, x22, x15
1:
	la x30, dvals
	fld f27, 192(x30)
	la x30, dvals
	fld f22, 512(x30)
	fadd.d f29, f27, f22, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	la x30, dvals
	flw f5, 644(x30)
	la x30, dvals
	flw f11, 596(x30)
	fmul.s f17, f5, f11, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	srli x29, x5, 32
	slliw x15, x5, 0
	srlw x15, x17, x27
	c.nop
	srl x6, x22, x16
	sll x22, x5, x29
	addi x30, x31, 1328
	amomin.d.aq x16, x9, (x30)
	blt x28, x6, 1f
	or x18, x8, x5
	sltu x8, x27, x6
1:
	sd x10, 840(x31)
	srli x27, x15, 33
	sraiw x11, x27, 1
	subw x1, x17, x16
	fcvt.wu.d x1, f7, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	sltiu x5, x21, 1
	la x30, dvals
	fld f0, 184(x30)
	fsgnjx.d f5, f31, f0
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	fcvt.wu.d x0, f10, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	lwu x21, 1388(x2)
	lwu x1, 708(x31)
	remu x16, x6, x10
	xor x21, x0, x19
	la x30, dvals
	fld f4, 520(x30)
	fcvt.wu.d x10, f4, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	srl x16, x10, x10
	mulw x28, x21, x22
	lw x1, 772(x31)
	slli x22, x25, 63
	srliw x11, x1, 20
	la x30, dvals
	flw f21, 380(x30)
	fsub.s f16, f21, f22, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	la x30, dvals
	fld f4, 528(x30)
	la x30, dvals
	fld f30, 584(x30)
	fdiv.d f14, f4, f30, rmm
	fsqrt.d f30, f24, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	sb x3, 532(x31)
	la x30, dvals
	flw f16, 384(x30)
	la x30, dvals
	flw f7, 628(x30)
	fsub.s f1, f16, f7, rne
	flw f7, 972(x31)
	mulhu x9, x27, x19
	la x30, dvals
	fld f6, 496(x30)
	fcvt.w.d x25, f6, rne
	remuw x3, x9, x1
	fmul.d f23, f0, f0, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	andi x15, x13, -2
	addi x30, x31, 424
	amoor.d x3, x0, (x30)
	lh x0, 1994(x31)
	la x30, dvals
	fld f2, 512(x30)
	la x30, dvals
	fld f27, 8(x30)
	fsub.d f7, f2, f27, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	la x30, dvals
	flw f2, 356(x30)
	fcvt.l.s x8, f2, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	addi x30, x31, 1744
	amoswap.d.aq x5, x27, (x30)
	srl x25, x25, x18
	lh x22, 1418(x2)
	mv x15, x31
	c.fld f9, 128(x15)
	la x30, dvals
	flw f15, 360(x30)
	fsub.s f27, f28, f15, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	sll x3, x16, x12
	la x30, dvals
	flw f4, 684(x30)
	fcvt.w.s x16, f4, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	beq x29, x20, 1f
	sraw x3, x26, x23
	or x8, x8, x29
1:
	c.bnez x8, 1f
	xor x27, x26, x8
1:
	la x30, dvals
	flw f19, 340(x30)
	fsub.s f21, f19, f19, rne
	la x30, dvals
	flw f8, 324(x30)
	fclass.s x11, f8
	jal x26, 1f
	slt x15, x10, x12
1:
	la x30, dvals
	fld f11, 144(x30)
	fsqrt.d f13, f11, rne
	c.sub x8, x8
	jal x7, 1f
	sltu x11, x6, x24
1:
	c.nop
	la x30, dvals
	flw f4, 376(x30)
	fsqrt.s f14, f4, rne
	lh x1, 1810(x31)
	lui x12, 524287
	la x30, dvals
	flw f0, 632(x30)
	la x30, dvals
	flw f31, 320(x30)
	fmadd.s f15, f0, f24, f31, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	la x30, dvals
	flw f3, 668(x30)
	la x30, dvals
	flw f27, 624(x30)
	fmul.s f18, f3, f27, rdn
	bne x19, x6, 1f
	add x27, x22, x15
	add x24, x17, x24
1:
	sd x20, 1312(x31)
	sltiu x3, x5, 64
	flw f7, 1820(x31)
	auipc x11, 560562
	ori x8, x22, 1945
	lui x18, 0
	lw x6, 516(x31)
	la x30, dvals
	flw f13, 612(x30)
	fsub.s f15, f8, f13, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	la x30, dvals
	flw f16, 300(x30)
	fsgnjn.s f28, f16, f14
	ori x27, x19, 2047
	la x30, dvals
	fld f15, 112(x30)
	la x30, dvals
	fld f23, 208(x30)
	fnmadd.d f3, f15, f3, f23, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	andi x16, x22, 63
	la x30, dvals
	flw f24, 376(x30)
	fnmadd.s f18, f24, f8, f24, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	la x30, dvals
	fld f24, 40(x30)
	fsub.d f13, f28, f24, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	la x30, dvals
	fld f9, 448(x30)
	la x30, dvals
	fld f24, 528(x30)
	la x30, dvals
	fld f16, 224(x30)
	fmsub.d f12, f9, f24, f16, dyn
	lw x22, 872(x2)
	sraw x7, x7, x20
	la x30, dvals
	flw f1, 596(x30)
	fsgnjn.s f26, f1, f10
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	beq x29, x1, 1f
	srlw x7, x4, x13
1:
	la x30, dvals
	fld f5, 568(x30)
	la x30, dvals
	fld f8, 432(x30)
	fdiv.d f26, f5, f8, rmm
	sd x25, 1976(x31)
	lwu x5, 1876(x31)
	and x29, x29, x18
	bgeu x18, x23, 1f
	addw x24, x6, x25
	add x8, x10, x14
1:
	mv x12, x31
	c.ld x10, 184(x12)
	fcvt.lu.s x8, f15, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	and x21, x27, x29
	fcvt.d.lu f11, x13, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	la x30, dvals
	flw f31, 360(x30)
	la x30, dvals
	flw f7, 348(x30)
	la x30, dvals
	flw f24, 388(x30)
	fmadd.s f10, f31, f7, f24, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	remu x6, x9, x6
	la x30, 1f
	c.jalr x30
	srl x20, x1, x7
1:
	c.nop
	la x30, dvals
	fld f1, 48(x30)
	la x30, dvals
	fld f29, 432(x30)
	fsgnjn.d f31, f1, f29
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	la x30, dvals
	flw f27, 680(x30)
	fcvt.wu.s x21, f27, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	mv x15, x31
	c.sw x9, 64(x15)
	c.addi x8, -32
	c.addiw x8, 1
	la x30, dvals
	flw f26, 384(x30)
	la x30, dvals
	flw f28, 304(x30)
	fmadd.s f11, f26, f20, f28, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	fsd f18, 1088(x31)
	addi x30, x31, 64
	amominu.d.aqrl x6, x1, (x30)
	andi x13, x25, 1
	srli x7, x28, 13
	srliw x0, x0, 14
	fcvt.d.lu f2, x0, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	slt x9, x20, x23
	la x30, 1f
	jalr x4, 1(x30)
	sllw x12, x18, x0
1:
	sd x8, 1536(x31)
	fmv.d.x f21, x15
	or x0, x10, x9
	slli x15, x28, 0
	srliw x19, x20, 28
	mul x26, x9, x12
	la x30, 1f
	c.jr x30
	add x0, x20, x14
1:
	addiw x15, x29, -2048
	srlw x10, x21, x29
	sd x28, 1024(x31)
	fdiv.d f15, f5, f2, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	addi x30, x31, 512
	lr.w x11, (x30)
	srlw x9, x20, x29
	addi x30, x30, 8
	sc.w x11, x12, (x30)
	fcvt.s.wu f11, x13, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	fmul.s f25, f14, f31, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	addi x30, x31, 248
	lr.w.aqrl x24, (x30)
	sc.w.aqrl x23, x16, (x30)
	srai x26, x28, 1
	srliw x3, x6, 1
	bltu x4, x29, 1f
	subw x26, x14, x28
	sll x28, x26, x8
1:
	lh x0, 1502(x2)
	sltiu x7, x9, 63
	fld f5, 768(x31)
	la x30, dvals
	flw f23, 600(x30)
	fsqrt.s f28, f23, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	addi x30, x31, 40
	amomin.d.rl x6, x15, (x30)
	fcvt.lu.s x18, f6, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 83(x30)
	fnmsub.d f31, f16, f3, f24, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 84(x30)
	la x30, dvals
	flw f19, 324(x30)
	la x30, dvals
	flw f21, 384(x30)
	fsub.s f15, f19, f21, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 85(x30)
	la x30, dvals
	fld f26, 272(x30)
	fadd.d f24, f3, f26, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 86(x30)
	sraw x28, x15, x11
	la x30, dvals
	flw f29, 616(x30)
	fsub.s f0, f29, f1, rmm
	sd x14, 1216(x31)
	remw x1, x14, x28
	lh x27, 314(x2)
	la x31, dump
	sd x1, 8(x31)
	sd x2, 16(x31)
	sd x3, 24(x31)
	sd x4, 32(x31)
	sd x5, 40(x31)
	sd x6, 48(x31)
	sd x7, 56(x31)
	sd x8, 64(x31)
	sd x9, 72(x31)
	sd x10, 80(x31)
	sd x11, 88(x31)
	sd x12, 96(x31)
	sd x13, 104(x31)
	sd x14, 112(x31)
	sd x15, 120(x31)
	sd x16, 128(x31)
	sd x17, 136(x31)
	sd x18, 144(x31)
	sd x19, 152(x31)
	sd x20, 160(x31)
	sd x21, 168(x31)
	sd x22, 176(x31)
	sd x23, 184(x31)
	sd x24, 192(x31)
	sd x25, 200(x31)
	sd x26, 208(x31)
	sd x27, 216(x31)
	sd x28, 224(x31)
	sd x29, 232(x31)
	sd x30, 240(x31)
	fsd f0, 256(x31)
	fsd f1, 264(x31)
	fsd f2, 272(x31)
	fsd f3, 280(x31)
	fsd f4, 288(x31)
	fsd f5, 296(x31)
	fsd f6, 304(x31)
	fsd f7, 312(x31)
	fsd f8, 320(x31)
	fsd f9, 328(x31)
	fsd f10, 336(x31)
	fsd f11, 344(x31)
	fsd f12, 352(x31)
	fsd f13, 360(x31)
	fsd f14, 368(x31)
	fsd f15, 376(x31)
	fsd f16, 384(x31)
	fsd f17, 392(x31)
	fsd f18, 400(x31)
	fsd f19, 408(x31)
	fsd f20, 416(x31)
	fsd f21, 424(x31)
	fsd f22, 432(x31)
	fsd f23, 440(x31)
	fsd f24, 448(x31)
	fsd f25, 456(x31)
	fsd f26, 464(x31)
	fsd f27, 472(x31)
	fsd f28, 480(x31)
	fsd f29, 488(x31)
	fsd f30, 496(x31)
	fsd f31, 504(x31)
	frcsr x5
	sd x5, 512(x31)
	li a0, 1
	mv a1, x31
	li a2, 520
	li a7, 64
	ecall
	li a0, 1
	la a1, scratch
	li a2, 2048
	li a7, 64
	ecall
	li a0, 1
	la a1, flaglog
	li a2, 1024
	li a7, 64
	ecall
	li a0, 0
	li a7, 93
	ecall
	.data
	.balign 8
ivals:
	.dword 0x0
	.dword 0x1
	.dword 0xffffffffffffffff
	.dword 0x7fffffffffffffff
	.dword 0x8000000000000000
	.dword 0x7fffffff
	.dword 0x80000000
	.dword 0xffffffff
	.dword 0xffffffff80000000
	.dword 0x00000000ffffffff
	.dword 0x2
	.dword 0xfffffffffffffffe
	.dword 0x3f
	.dword 0x40
	.dword 0x1f
	.dword 0x20
	.dword 0x123456789abcdef0
	.dword 0x00000000fffff800
	.dword 0x0000000100000000
	.dword 0x4ed95257f6e383de
	.dword 0x559812d2af8d5f53
	.dword 0x88809160cf375af6
	.dword 0xa9589082d25929e6
	.dword 0x1bd7d8d4f9683ef2
	.dword 0x28763489320b1cba
	.dword 0x6212faf494c0ee12
	.dword 0xa95fb8f3967f0db3
dvals:
	.dword 0x0000000000000000
	.dword 0x8000000000000000
	.dword 0x3ff0000000000000
	.dword 0xbff0000000000000
	.dword 0x3fe0000000000000
	.dword 0x4008000000000000
	.dword 0x400921fb54442d18
	.dword 0x7fe1ccf385ebc8a0
	.dword 0xffe1ccf385ebc8a0
	.dword 0x7ff0000000000000
	.dword 0xfff0000000000000
	.dword 0x7ff8000000000000
	.dword 0x7ff0000000000001
	.dword 0x7ff8000000000123
	.dword 0x0000000000000001
	.dword 0x000fffffffffffff
	.dword 0x0010000000000000
	.dword 0x7fefffffffffffff
	.dword 0x3fd5555555555555
	.dword 0x4340000000000000
	.dword 0x43e0000000000000
	.dword 0x43f0000000000000
	.dword 0xc3e0000000000000
	.dword 0x00001cb5d9b8c4c0
	.dword 0x3fb999999999999a
	.dword 0x41dfffffffc00000
	.dword 0xc1e0000000000000
	.dword 0x41efffffffe00000
	.dword 0x3ff0000000000001
	.dword 0xbfe0000000000000
	.dword 0x4004000000000000
	.dword 0xc00c000000000000
	.dword 0x8010000000000000
	.dword 0x800fffffffffffff
	.dword 0x3cb0000000000000
	.word 0x00000000
	.word 0x80000000
	.word 0x3f800000
	.word 0xbf800000
	.word 0x7f800000
	.word 0xff800000
	.word 0x7fc00000
	.word 0x7f800001
	.word 0x7fc01234
	.word 0x00000001
	.word 0x007fffff
	.word 0x00800000
	.word 0x7f7fffff
	.word 0x4f000000
	.word 0x4f800000
	.word 0xcf000000
	.word 0x5f000000
	.word 0x3dcccccd
	.word 0x3eaaaaab
	.word 0x3fc00000
	.word 0xc0200000
	.word 0x40490fdb
	.word 0x4b000001
	.word 0x80800000
	.word 0x3f000000
	.word 0xbf000000
	.word 0x3fa00000
	.word 0x33800000
	.word 0xff7fffff
	.word 0x4effffff
rvals:
	.dword 0xbe4351dd5498e039
	.dword 0x41bec1cf4616bb34
	.dword 0xbf124e6831d99b97
	.dword 0x40b0f8268358fd4c
	.dword 0x40127dfe3ad71f48
	.dword 0x3e4eea6b466ee422
	.dword 0xc18b9bcfcc09642e
	.dword 0xc05472f16430becc
	.dword 0xbe15599c8460a827
	.dword 0x416b34a9f3fbf876
	.dword 0xbe5b4a3ab8399164
	.dword 0xbe36fb7e9c451a8a
	.dword 0x43378f499baa0bb6
	.dword 0xc1e024435847e007
	.dword 0x7fef7e10696588b6
	.dword 0x7fee413cd51c8c28
	.dword 0x7fdf3881efd2ff5e
	.dword 0x7fee0649046aed4a
	.dword 0x7fd1430f7ac2ff87
	.dword 0x001835336a2dc644
	.dword 0x8035870478f6dbee
	.dword 0x002900e916d9b6a3
	.dword 0x801d651b94a56c2c
	.dword 0x43e0715100567b5c
	.word 0xbec32cb3
	.word 0xba711022
	.word 0x39b9a31f
	.word 0x3abf06c2
	.word 0x3e0c590e
	.word 0xc1ad7a8c
	.word 0xc2e0b61d
	.word 0xc3e448b5
	.word 0x3fc19944
	.word 0x41ca0931
	.word 0x417dbd54
	.word 0xbd39c13b
	.word 0x7ef81473
	.word 0x7f779ec1
	.word 0xcb3dd978
	.word 0x4f06db05
	.word 0xb5e2b3
	.word 0x5f10fe5e
	.word 0x8f53fb26
	.word 0x8010b142
	.word 0xc65096
	.word 0x15883cc
	.word 0xff74ea4b
	.word 0xcb455fa6
	.balign 16
scratch:
	.word 0x18d6bbe
	.word 0x33a545a3
	.word 0xf93c6d4b
	.word 0xe633d721
	.word 0x620900a
	.word 0x901a995a
	.word 0xa506a082
	.word 0x53cdd929
	.word 0xf5f926fd
	.word 0xf5fb23ae
	.word 0xa05bc649
	.word 0xcac3ca00
	.word 0xc3f1ebe1
	.word 0x2f3b2047
	.word 0x2d4f5e1e
	.word 0x17135658
	.word 0xc6d57e34
	.word 0x4b6a9d1d
	.word 0x1ef1e59
	.word 0xa6ada62b
	.word 0x5f712cff
	.word 0x2730c088
	.word 0xdb1a3c18
	.word 0xfb738d4
	.word 0xfd145cc2
	.word 0xa708d704
	.word 0xe937f0
	.word 0xe4f3bb9b
	.word 0xe392d93b
	.word 0xae094941
	.word 0x630470f1
	.word 0x4e5ee9fc
	.word 0xff4529cc
	.word 0x15ec1ab2
	.word 0x41f82c0f
	.word 0xcb442853
	.word 0x878381f4
	.word 0x123f6a
	.word 0xb814ce35
	.word 0x1b9da55c
	.word 0x49f82a27
	.word 0xdb216359
	.word 0x1e0d277c
	.word 0xe6bdbbad
	.word 0x68ce5a69
	.word 0xd3e65ea8
	.word 0x1e590491
	.word 0xe7ac4574
	.word 0x8f5cac55
	.word 0x401626fe
	.word 0x1dfd37da
	.word 0xdbc36179
	.word 0x4a6f4b6f
	.word 0xc35da72e
	.word 0x80b3c2b2
	.word 0xe45a26c0
	.word 0xb0cca6a1
	.word 0xa70a010d
	.word 0x2518198
	.word 0x7e318d89
	.word 0xbf91c369
	.word 0x7868b277
	.word 0xaaeac9e4
	.word 0x891031ef
	.word 0x6a9f5959
	.word 0xb73309e3
	.word 0x17ef5e64
	.word 0x7857aed5
	.word 0x3c244a73
	.word 0x18246806
	.word 0x31b8b014
	.word 0xd0fe5ae9
	.word 0x6fcd9038
	.word 0x6495257d
	.word 0xc7664960
	.word 0xc70386e5
	.word 0x4c30dc4a
	.word 0xa08f4556
	.word 0x4c9189c4
	.word 0xc88fd510
	.word 0x77944cc6
	.word 0x3f928bc0
	.word 0xb3bd2a15
	.word 0xc90fac2a
	.word 0xadd4bf8f
	.word 0x7e8d113d
	.word 0x49f13268
	.word 0x983cb376
	.word 0xc41cffbf
	.word 0x268d7b0a
	.word 0xb463807c
	.word 0x49e02b0a
	.word 0xdca8e40a
	.word 0xc51147de
	.word 0x50b4d44b
	.word 0x8d87fbf5
	.word 0x2dd533a9
	.word 0xffaa9959
	.word 0x3cbc0c39
	.word 0x1a552624
	.word 0x6caed4ec
	.word 0x7052f155
	.word 0xe1708b49
	.word 0xf323bbe5
	.word 0xfb4608a
	.word 0xf7094a58
	.word 0x16068a59
	.word 0x2ef4f61f
	.word 0xb6de8e84
	.word 0x86c99d63
	.word 0x19d15df1
	.word 0x7f83fc06
	.word 0x64bce7
	.word 0x68faf47b
	.word 0xf8c46761
	.word 0xf127d3d5
	.word 0x60f3b91b
	.word 0xedca8c93
	.word 0x374ee55f
	.word 0x974b650d
	.word 0x86bda7f8
	.word 0x7a1565f9
	.word 0x3effb2c
	.word 0x6dcaa849
	.word 0x20b11128
	.word 0x50161c22
	.word 0xe1d0a88b
	.word 0x6cf7ef8b
	.word 0xb1de2608
	.word 0xd6fc8c67
	.word 0xa979b43f
	.word 0x603d63c0
	.word 0x44e5b9a2
	.word 0x89e1890a
	.word 0xa0d2382a
	.word 0x1d3673e1
	.word 0xba0d72c4
	.word 0x9eeae52e
	.word 0x8ba7c529
	.word 0x135949a8
	.word 0x77e6c75e
	.word 0x4ea74bd8
	.word 0x5c5f1ef6
	.word 0x4fb1a7f6
	.word 0x12a41071
	.word 0x85e57ca4
	.word 0x644cda1c
	.word 0x1eeb96fb
	.word 0xeaacdcc1
	.word 0x57ac4f3b
	.word 0x172343de
	.word 0x944f3232
	.word 0x33202df6
	.word 0xe5402199
	.word 0xcf1d5520
	.word 0xd295987c
	.word 0x52df3e91
	.word 0x14a5c6f7
	.word 0x2315698a
	.word 0x4aa9bd98
	.word 0xde4ae1b5
	.word 0xcdfc11eb
	.word 0xb7eb976b
	.word 0x65d428e8
	.word 0xf9e2490c
	.word 0xa8b1bccd
	.word 0x7a223879
	.word 0x988ddb0f
	.word 0x5e6975d9
	.word 0x6a9fdbb0
	.word 0xacdbfbc4
	.word 0xa7c150b5
	.word 0x37217d9e
	.word 0xac48b37
	.word 0xefe6fa26
	.word 0x24e66c97
	.word 0xc7ebfd8d
	.word 0xb31a35a0
	.word 0x4067a197
	.word 0x3ef66c1d
	.word 0x9dc30147
	.word 0x409869f2
	.word 0xf967eb01
	.word 0x84fee942
	.word 0x63063089
	.word 0x7ff0242
	.word 0x115102b9
	.word 0x11c17d7a
	.word 0xf3aa6bed
	.word 0x64250446
	.word 0x51196410
	.word 0xcef0017d
	.word 0x15270452
	.word 0x400aee04
	.word 0xa4867cc1
	.word 0x8d3408e
	.word 0x7894ad0f
	.word 0x4b924935
	.word 0x5429e58f
	.word 0x7b9e09a3
	.word 0xefecaa36
	.word 0x2fe0bb03
	.word 0x28982f23
	.word 0x82f76a3d
	.word 0x99af4145
	.word 0x417ce946
	.word 0x56dcaaec
	.word 0xb3a82eac
	.word 0x79c347d2
	.word 0x3618e68e
	.word 0x73ef4eaa
	.word 0xdd723557
	.word 0xe0cb8fdb
	.word 0xb7244f23
	.word 0xe6c63823
	.word 0x198b5082
	.word 0xfe00af
	.word 0xdd9b9b9a
	.word 0x73f9112e
	.word 0x6a43c1c0
	.word 0x5d02d75d
	.word 0xfac7e189
	.word 0xd82e9cb2
	.word 0x7ca3f4ae
	.word 0x44f08315
	.word 0xc6d322dc
	.word 0xf3968098
	.word 0x5337ba1a
	.word 0x2ae1ac20
	.word 0xf3d1d1d2
	.word 0xf49551c7
	.word 0x8b1e4cb1
	.word 0x1381f355
	.word 0x9083f1a0
	.word 0x3847599b
	.word 0xbdfe5401
	.word 0x98b7b87e
	.word 0x98b1bbe2
	.word 0x56782c84
	.word 0x2ef82b70
	.word 0x5951e9db
	.word 0xe93dc62e
	.word 0x6efdf492
	.word 0xdd944805
	.word 0xc60c8baf
	.word 0xb8514273
	.word 0x93f225fc
	.word 0x3ef4051a
	.word 0x74b45c11
	.word 0x19f672ca
	.word 0x22447abd
	.word 0xf620ab4
	.word 0x88a1186e
	.word 0xde3d3ab8
	.word 0x542ac7ad
	.word 0x97335982
	.word 0x7c6f97e3
	.word 0x5ce5a5ea
	.word 0xe34aa906
	.word 0x7b2c7453
	.word 0x416bbe80
	.word 0xe1cf1e7d
	.word 0x421750dd
	.word 0xa9983fbb
	.word 0x638e190c
	.word 0xb556e23b
	.word 0x4b2760d3
	.word 0x40973aed
	.word 0x5e93e808
	.word 0x51cdc1e1
	.word 0xd7c33639
	.word 0x918d99db
	.word 0x746bf880
	.word 0x64045a9d
	.word 0x5a62bf6
	.word 0xdbc9f8da
	.word 0x7e8b9cd3
	.word 0xaf2eb13b
	.word 0x58345a5f
	.word 0xbc85afe0
	.word 0x264cc0dc
	.word 0x74b4e117
	.word 0xfa58dedc
	.word 0xd1e6edbd
	.word 0x86783935
	.word 0xaa85eada
	.word 0xec0a8795
	.word 0x23f744c9
	.word 0xa6ae2ebe
	.word 0xc423f42
	.word 0x3ee10877
	.word 0xe2131780
	.word 0x9c89a9d1
	.word 0x9fc87c08
	.word 0x996fb1ac
	.word 0x841ac621
	.word 0x470f818e
	.word 0x50fd5831
	.word 0x849bbc4c
	.word 0x915afd65
	.word 0x103179de
	.word 0xde5e6d3b
	.word 0x6cd99c27
	.word 0xb4f722a9
	.word 0x44e775f8
	.word 0xe15c3a54
	.word 0xa4c7a2bf
	.word 0x429d3417
	.word 0x67eb6518
	.word 0x6244773c
	.word 0x78d3accd
	.word 0xa40b4768
	.word 0x5022027b
	.word 0x1dc023ed
	.word 0x2e0c6953
	.word 0xc7ed40c0
	.word 0x915b907a
	.word 0x89c09bd0
	.word 0xcde0072d
	.word 0x6dbdf44f
	.word 0xb5bbc775
	.word 0x67f53a3f
	.word 0xd6e5f6a6
	.word 0x6e11557e
	.word 0xd3685301
	.word 0xf80bef25
	.word 0x380eb792
	.word 0x316c9d6c
	.word 0xfae8cd8c
	.word 0x887eb820
	.word 0xb028643d
	.word 0x295cd72a
	.word 0xc4801036
	.word 0x1650ddd5
	.word 0xb0a51f20
	.word 0x7b63c680
	.word 0x75cb2c79
	.word 0x18c48f3b
	.word 0xad56deea
	.word 0xa7ff104f
	.word 0xfb2c8434
	.word 0x1eec0dc1
	.word 0x75d82f0b
	.word 0x771795f7
	.word 0x308fd343
	.word 0x961d1030
	.word 0xb77a4d9d
	.word 0x27fbcdd9
	.word 0x96589dd9
	.word 0x399c1a28
	.word 0xe1f1afc4
	.word 0x5521fdc0
	.word 0x39a0d90c
	.word 0x72a841cc
	.word 0x28ae6c04
	.word 0x40fd4cf3
	.word 0xc5085002
	.word 0x2e068746
	.word 0x23293e11
	.word 0x998890e4
	.word 0xf91ef0ee
	.word 0xc7674e8f
	.word 0xf8618354
	.word 0xc9678d71
	.word 0x21ff93b5
	.word 0xa2a21451
	.word 0xe520cce5
	.word 0x6b3e45db
	.word 0xd32bf739
	.word 0x145cba3f
	.word 0xe0786df2
	.word 0x550d3931
	.word 0xb74764a4
	.word 0x21aae0ed
	.word 0xcb58b8f6
	.word 0x5484cc75
	.word 0x6c4b54f0
	.word 0xdc7fa4da
	.word 0x347ae5a8
	.word 0x7135e82f
	.word 0x4a3da8d7
	.word 0x1bc1dfc4
	.word 0x2710b4d8
	.word 0xfe2fbd
	.word 0x64344a19
	.word 0x439488e2
	.word 0x839c9566
	.word 0x373be23e
	.word 0x24fcf780
	.word 0xfb99fa46
	.word 0x5efa5dee
	.word 0xbdb57eed
	.word 0x5f722cf9
	.word 0x474d306f
	.word 0xc954b92f
	.word 0x905fb4f7
	.word 0xbeed9577
	.word 0x842d1996
	.word 0xc4e68939
	.word 0xadf5d8f9
	.word 0xcbb4820c
	.word 0x2550d136
	.word 0xd1b7df2d
	.word 0x601f2a84
	.word 0x2cb2ec43
	.word 0x566c2f1e
	.word 0xa27f5df9
	.word 0x71cb7a39
	.word 0xcf06fa9f
	.word 0x1af74415
	.word 0xbcc638cf
	.word 0x234120
	.word 0x68e9d143
	.word 0xaf29c43
	.word 0x7620cf3e
	.word 0x9720237d
	.word 0xfab6919a
	.word 0x383d7ed8
	.word 0x6b20904b
	.word 0x5c10573f
	.word 0x880414c4
	.word 0x590ea0ca
	.word 0x2fe36e61
	.word 0x7c281b6
	.word 0xa97923cc
	.word 0x2d1c4ccc
	.word 0x34364f4e
	.word 0x4621c581
	.word 0xacaa83e9
	.word 0x662c6dc2
	.word 0x991f5908
	.word 0x35f262f7
	.word 0x4c3b7a01
	.word 0x4c123c3c
	.word 0x79228736
	.word 0x114e2954
	.word 0x58fcafa6
	.word 0x6c092d62
	.word 0x7d0c7fb0
	.word 0xadbadf6d
	.word 0x3cb78c86
	.word 0x69c268b5
	.word 0xbe4f813f
	.word 0x8360876b
	.word 0xe2387b0d
	.word 0x466c1981
	.word 0x6ed73ecf
	.word 0xa8ddd348
	.word 0x442f9852
	.word 0x5395fbc0
	.word 0x715c3b76
	.word 0x30628d8f
	.word 0x5bb8f1a6
	.word 0xf40e7f60
	.word 0x47ae30b1
	.word 0xb6b25dcd
	.word 0x5c7bea48
	.word 0x76da0f1
	.word 0xdd08f048
	.word 0xa333a8c8
	.word 0x1372b87d
	.word 0xcbda7223
	.word 0x36544d6c
	.word 0x40cbc090
	.word 0x23e2437c
	.word 0x1a3321fa
	.word 0xbf87817c
	.word 0xbaacf3a8
	.word 0xbfe5d944
	.word 0x9d663f62
	.word 0xbc016c7
	.word 0x2a06bb2b
	.word 0x511716da
	.word 0xca4de8bc
	.word 0x9c103131
	.word 0xdcfdd96a
	.word 0x9dc5fac2
	.word 0x7128da0c
	.word 0x27448838
	.word 0x7e39b039
	.word 0x4fe830e6
	.word 0x776e579c
	.word 0xe2ca312
	.word 0xd39b6895
	.word 0x6fbb6df1
	.word 0x42acd293
	.word 0xc725036c
	.word 0x8e5ea9c8
	.word 0x37970b1b
	.word 0x8740c41
	.word 0xb6717f5f
	.word 0xaac0a1d2
	.word 0x61ad6b4f
	.word 0x5459488d
	.word 0xd4521309
	.word 0x505c7a10
	.word 0x3cdca67f
	.word 0xaa715cb6
	.word 0xbd1c54e5
	.word 0xc79d0b85
	.word 0xbb5e8693
	.word 0x1a16b9f5
	.word 0x68279341
	.word 0xd3b032a6
	.word 0x697792d4
	.word 0xfe86b702
	.word 0x24ba8511
	.word 0xf70b7cbd
	.word 0x8b0e8e93
	.word 0x144bc5d
	.word 0x4f25b07a
	.word 0xdc7b110f
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
